using GraphApi.Execution.Errors;
using GraphApi.Execution.Limits;
using GraphQL.Validation;
using Microsoft.Extensions.Options;

namespace GraphApi.Execution.Cost;

/// <summary>
/// Estimates the operation's Pinterest calls and writes before anything runs, refuses the operation when the request's
/// total would go over <see cref="CostOptions"/>, and adds an admitted operation to the request's <see cref="RequestCost"/>
/// (a batch shares one budget; a refused operation uses none of it). Runs after variables are parsed, so variables decide <c>first</c>, IDs and <c>@skip</c>.
/// </summary>
internal sealed class CostAnalysisRule(IOptions<CostOptions> options, AnalysisWork? work = null) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context)
    {
        var cost = CostAnalyzer.Analyze(context, work);
        var request = context.RequestServices?.GetService<RequestCost>() ?? new RequestCost();
        var limits = options.Value;

        // What the request's totals would be with this operation; it is charged only if it is admitted.
        var figures = new CostFigures(cost.UpstreamCalls, cost.Writes, request.UpstreamCalls + cost.UpstreamCalls, request.Writes + cost.Writes,
            limits.MaxUpstreamCalls, limits.MaxWrites);
        if (figures.RequestUpstreamCalls > limits.MaxUpstreamCalls)
        {
            context.ReportError(new CostLimitError(context.Document, context.Operation, ErrorCodes.CostLimitExceeded,
                $"The request would make an estimated {figures.RequestUpstreamCalls} Pinterest calls; at most {limits.MaxUpstreamCalls} are allowed. " +
                "Ask for fewer items (first), fewer aliases or IDs, or split the request.", figures));
        }

        if (figures.RequestWrites > limits.MaxWrites)
        {
            context.ReportError(new CostLimitError(context.Document, context.Operation, ErrorCodes.WriteLimitExceeded,
                $"The request would run {figures.RequestWrites} mutation fields; at most {limits.MaxWrites} are allowed per request.", figures));
        }

        // Not charged when refused here or by an earlier rule (scopes in reject mode): it will make no call.
        request.Add(cost.UpstreamCalls, cost.Writes, charged: !context.HasErrors, cost.Categories);
        return default;
    }
}
