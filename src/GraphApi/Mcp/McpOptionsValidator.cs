using GraphApi.Accounts.Connect;
using Microsoft.Extensions.Options;

namespace GraphApi.Mcp;

/// <summary>
/// Validates <c>Mcp</c> on start; every message names its setting. Tool names are checked against the tools the schema
/// and the trusted documents give, so a typo in the allowlist stops the start instead of silently hiding a tool.
/// </summary>
internal sealed class McpOptionsValidator(IServiceProvider services) : IValidateOptions<McpOptions>
{
    private const string Section = McpOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, McpOptions options)
    {
        if (!options.Enabled)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        if (!services.GetRequiredService<ReturnUrlPolicy>().TryParse(options.ConnectReturnUrl, out _, out var problem))
        {
            failures.Add($"{Section}:ConnectReturnUrl is not an allowed return URL: {problem}");
        }

        if (options.Tools.Count > 0)
        {
            var tools = services.GetRequiredService<McpToolDefinitions>().All
                .Where(t => options.TrustedDocumentTools || t.Source != McpToolSource.TrustedDocument)
                .ToDictionary(t => t.Name, StringComparer.Ordinal);
            foreach (var tool in options.Tools)
            {
                if (!tools.TryGetValue(tool, out var definition))
                {
                    failures.Add($"{Section}:Tools names '{tool}', which is no tool. Tools: {string.Join(", ", tools.Keys.Order(StringComparer.Ordinal))}.");
                }
                else if (definition.IsWrite && !options.AllowWrites)
                {
                    failures.Add($"{Section}:Tools names the write tool '{tool}' but {Section}:AllowWrites is false: set it to true, or remove the tool.");
                }
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
