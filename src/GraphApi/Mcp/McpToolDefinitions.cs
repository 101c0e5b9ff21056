using GraphApi.Http.TrustedDocuments;
using GraphQL.Types;
using GraphQLParser.Exceptions;

namespace GraphApi.Mcp;

/// <summary>
/// Every tool the gateway can offer, built once from the schema: the operations users need (<see cref="McpOperations"/>)
/// and each operation of the trusted documents. Which of them are exposed is <see cref="McpToolCatalog"/>'s decision.
/// </summary>
internal sealed class McpToolDefinitions(ISchema schema, TrustedDocumentSet trusted, ILogger<McpToolDefinitions> logger)
{
    private readonly Lazy<IReadOnlyList<McpToolDefinition>> _all = new(() => Build(schema, trusted, logger));

    public IReadOnlyList<McpToolDefinition> All => _all.Value;

    private static List<McpToolDefinition> Build(ISchema schema, TrustedDocumentSet trusted, ILogger logger)
    {
        schema.Initialize();
        var tools = McpToolBuilder.Build(schema, McpOperations.Document, McpToolSource.Schema).ToList();
        var names = tools.Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var (hash, text) in trusted.Documents.OrderBy(d => d.Key, StringComparer.Ordinal))
        {
            List<McpToolDefinition> fromDocument;
            try
            {
                fromDocument = [.. McpToolBuilder.Build(schema, text, McpToolSource.TrustedDocument, hash)];
            }
            catch (GraphQLParserException)
            {
                // The trusted-document loader accepts any text; one that does not parse is refused when run, not offered.
                logger.LogWarning("Trusted document sha256:{Hash} does not parse: no MCP tool for it", hash);
                continue;
            }

            foreach (var tool in fromDocument)
            {
                // A trusted operation named like a generated tool (or another trusted one) keeps a name of its own.
                var unique = names.Add(tool.Name) ? tool : Renamed(tool, $"{tool.Name}_{hash[..8]}");
                names.Add(unique.Name);
                tools.Add(unique);
            }
        }

        return tools;
    }

    private static McpToolDefinition Renamed(McpToolDefinition tool, string name) => tool with
    {
        Name = name,
        Protocol = new ModelContextProtocol.Protocol.Tool
        {
            Name = name,
            Title = tool.Protocol.Title,
            Description = tool.Protocol.Description,
            InputSchema = tool.Protocol.InputSchema,
            Annotations = tool.Protocol.Annotations,
        },
    };
}
