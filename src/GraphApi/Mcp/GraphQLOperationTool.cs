using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace GraphApi.Mcp;

/// <summary>
/// A generated tool: its protocol description comes from <see cref="McpToolBuilder"/>, and a call runs its operation as
/// the HTTP request's caller (<see cref="McpToolInvoker"/>, a service of that request).
/// </summary>
internal sealed class GraphQLOperationTool(McpToolDefinition definition, IHttpContextAccessor http) : McpServerTool
{
    public McpToolDefinition Definition => definition;

    public override Tool ProtocolTool => definition.Protocol;

    public override IReadOnlyList<object> Metadata => [];

    public override async ValueTask<CallToolResult> InvokeAsync(RequestContext<CallToolRequestParams> request, CancellationToken cancellationToken)
    {
        // The streamable HTTP transport runs the call inside the HTTP request: its services (scoped per request: the
        // caller's account link, cost, budget) are the ones /graphql would use.
        var context = http.HttpContext ?? throw new McpException("This tool runs only over the HTTP transport.");
        var invoker = context.RequestServices.GetRequiredService<McpToolInvoker>();
        return await invoker.InvokeAsync(definition, request.Params?.Arguments, context, cancellationToken);
    }
}
