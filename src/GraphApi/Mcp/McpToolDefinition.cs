using ModelContextProtocol.Protocol;

namespace GraphApi.Mcp;

/// <summary>One tool: the GraphQL operation it runs, and what <c>tools/list</c> shows of it.</summary>
/// <param name="Name">The MCP tool name (snake_case of the operation's name).</param>
/// <param name="Document">The whole document text (fragments included), run as a request's <c>query</c>.</param>
/// <param name="OperationName">The operation to run, null for a document's only anonymous operation.</param>
/// <param name="Variables">The variable names the operation declares: any other argument is refused.</param>
/// <param name="IsWrite">A mutation that changes the user's Pinterest: hidden unless <c>Mcp:AllowWrites</c>.</param>
/// <param name="Source">Generated from the schema's operations, or from a trusted document.</param>
/// <param name="Protocol">What <c>tools/list</c> shows: name, description, input schema, annotations.</param>
internal sealed record McpToolDefinition(
    string Name,
    string Document,
    string? OperationName,
    IReadOnlySet<string> Variables,
    bool IsWrite,
    McpToolSource Source,
    Tool Protocol);

internal enum McpToolSource
{
    /// <summary>One of the operations users need (<see cref="McpOperations"/>).</summary>
    Schema,

    /// <summary>A named operation of a trusted (persisted) document.</summary>
    TrustedDocument,
}
