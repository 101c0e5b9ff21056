using GraphApi.Errors;
using GraphQL.Validation;
using Microsoft.Extensions.Options;

namespace GraphApi.Execution;

/// <summary>
/// Estimates the operation's Pinterest calls and writes before anything runs, adds them to the request's
/// <see cref="RequestCost"/> (a batch shares one budget), and refuses the operation when the request's total goes over
/// <see cref="CostOptions"/>. Runs after variables are parsed, so variables decide <c>first</c>, IDs and <c>@skip</c>.
/// </summary>
internal sealed class CostAnalysisRule(IOptions<CostOptions> options) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context)
    {
        var cost = CostAnalyzer.Analyze(context);
        var request = context.RequestServices?.GetService<RequestCost>() ?? new RequestCost();
        request.Add(cost.UpstreamCalls, cost.Writes);

        var limits = options.Value;
        var figures = CostFigures.Of(request, limits);
        if (request.UpstreamCalls > limits.MaxUpstreamCalls)
        {
            context.ReportError(new CostLimitError(context.Document, context.Operation, RequestLimitCodes.CostLimitExceeded,
                $"The request would make an estimated {request.UpstreamCalls} Pinterest calls; at most {limits.MaxUpstreamCalls} are allowed. " +
                "Ask for fewer items (first), fewer aliases or IDs, or split the request.", figures));
        }

        if (request.Writes > limits.MaxWrites)
        {
            context.ReportError(new CostLimitError(context.Document, context.Operation, RequestLimitCodes.WriteLimitExceeded,
                $"The request would run {request.Writes} mutation fields; at most {limits.MaxWrites} are allowed per request.", figures));
        }

        return default;
    }
}
