using System.Text.Json;

namespace GraphApi.Mcp;

/// <summary>The one set of JSON options for what the MCP server builds itself (input schemas, structured results).</summary>
internal static class McpJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
}
