using Microsoft.Extensions.Options;

namespace GraphApi.Pinterest.Sandbox.Hosting;

internal sealed class SandboxOptionsValidator : IValidateOptions<SandboxOptions>
{
    public ValidateOptionsResult Validate(string? name, SandboxOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.ClientId))
        {
            failures.Add("Sandbox:ClientId must not be empty.");
        }

        if (string.IsNullOrWhiteSpace(options.ClientSecret))
        {
            failures.Add("Sandbox:ClientSecret must not be empty.");
        }

        for (var i = 0; i < options.Apps.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(options.Apps[i].ClientId) || string.IsNullOrWhiteSpace(options.Apps[i].ClientSecret))
            {
                failures.Add($"Sandbox:Apps:{i} needs a ClientId and a ClientSecret.");
            }
        }

        if (options.AccessTokenLifetime <= TimeSpan.Zero)
        {
            failures.Add("Sandbox:AccessTokenLifetime must be positive (e.g. \"30.00:00:00\" or \"00:00:05\").");
        }

        if (options.RefreshTokenLifetime <= TimeSpan.Zero)
        {
            failures.Add("Sandbox:RefreshTokenLifetime must be positive.");
        }

        if (options.AuthorizationCodeLifetime <= TimeSpan.Zero)
        {
            failures.Add("Sandbox:AuthorizationCodeLifetime must be positive.");
        }

        if (options.QuotaLimit is < 0 or > 1_000_000_000)
        {
            failures.Add("Sandbox:QuotaLimit must be 0–1,000,000,000 calls per window.");
        }

        if (options.QuotaWindow < TimeSpan.FromSeconds(1) || options.QuotaWindow > TimeSpan.FromDays(1))
        {
            failures.Add("Sandbox:QuotaWindow must be between 00:00:01 and 1.00:00:00.");
        }

        if (options.PathBase.Contains('?', StringComparison.Ordinal) || options.PathBase.Contains('#', StringComparison.Ordinal))
        {
            failures.Add($"Sandbox:PathBase '{options.PathBase}' must be a plain path such as /sandbox/pinterest.");
        }

        if (CreateDirectoryError(options.DataDirectory) is { } error)
        {
            failures.Add($"Sandbox:DataDirectory '{options.DataDirectory}' cannot be created: {error}");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    // Creating the folder here turns a late SQLite "unable to open database file" into a clear start-up message.
    private static string? CreateDirectoryError(string? directory)
    {
        if (string.IsNullOrWhiteSpace(directory))
        {
            return "no folder given";
        }

        try
        {
            Directory.CreateDirectory(directory);
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return ex.Message;
        }
    }
}
