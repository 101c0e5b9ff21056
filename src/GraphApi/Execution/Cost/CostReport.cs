using GraphQL;
using Microsoft.Extensions.Options;

namespace GraphApi.Execution.Cost;

/// <summary>
/// Adds <c>extensions.cost</c> to a result when the caller sent <c>GraphApi-Cost: true</c>, so a client can see what
/// an operation is estimated to cost against the budgets without being refused first.
/// </summary>
internal sealed class CostReport
{
    public const string HeaderName = "GraphApi-Cost";

    private readonly RequestCost _request;
    private readonly CostOptions _limits;
    private readonly int _analysedBefore;

    private CostReport(RequestCost request, CostOptions limits)
    {
        _request = request;
        _limits = limits;
        _analysedBefore = request.Operations;
    }

    /// <summary>Null unless the caller asked for the cost.</summary>
    public static CostReport? Begin(HttpContext context) =>
        string.Equals(context.Request.Headers[HeaderName], "true", StringComparison.OrdinalIgnoreCase)
            ? new CostReport(context.RequestServices.GetRequiredService<RequestCost>(), context.RequestServices.GetRequiredService<IOptions<CostOptions>>().Value)
            : null;

    /// <summary>Only when this operation was analysed (a document that did not parse or validate has no estimate).</summary>
    public void AddTo(ExecutionResult result)
    {
        if (_request.Operations == _analysedBefore)
        {
            return;
        }

        result.Extensions ??= [];
        result.Extensions["cost"] = CostFigures.Of(_request, _limits).ToExtension();
    }
}
