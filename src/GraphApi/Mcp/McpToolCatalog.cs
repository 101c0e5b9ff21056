using Microsoft.Extensions.Options;

namespace GraphApi.Mcp;

/// <summary>
/// The tools exposed at <c>/mcp</c>: the operator's allowlist (<c>Mcp:Tools</c>, every tool when empty), writes only
/// with <c>Mcp:AllowWrites</c>. A tool left out is neither listed nor callable (an unknown tool to the client).
/// </summary>
internal sealed class McpToolCatalog(McpToolDefinitions definitions, IOptions<McpOptions> options, IHttpContextAccessor http)
{
    private readonly Lazy<IReadOnlyList<GraphQLOperationTool>> _exposed = new(() => Expose(definitions, options.Value, http));

    public IReadOnlyList<GraphQLOperationTool> Exposed => _exposed.Value;

    private static List<GraphQLOperationTool> Expose(McpToolDefinitions definitions, McpOptions options, IHttpContextAccessor http)
    {
        var allowed = options.Tools.Count == 0 ? null : options.Tools.ToHashSet(StringComparer.Ordinal);
        return
        [
            .. definitions.All
                .Where(t => (allowed is null || allowed.Contains(t.Name)) && (options.AllowWrites || !t.IsWrite))
                .Where(t => options.TrustedDocumentTools || t.Source != McpToolSource.TrustedDocument)
                .Select(t => new GraphQLOperationTool(t, http)),
        ];
    }
}
