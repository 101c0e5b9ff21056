using System.Threading.RateLimiting;
using GraphApi.Execution.Cost;
using GraphApi.Http.RateLimiting;
using GraphQL.Validation;

namespace GraphApi.Execution.Budget;

/// <summary>
/// Charges the operation's estimated upstream calls (<see cref="RequestCost.LastOperationUpstreamCalls"/>, written by
/// the cost analysis) to the caller's budget before anything executes; refuses with 429 <c>RATE_LIMITED</c> when it
/// does not fit. Must be registered after the cost analysis rule; it charges nothing when an earlier rule refused
/// the operation (so a refused document costs no budget) or when the estimate is 0.
/// </summary>
internal sealed class UpstreamBudgetRule(UpstreamCallBudget budget, IHttpContextAccessor httpContextAccessor) : ValidationRuleBase
{
    public override async ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context)
    {
        if (context.HasErrors || context.RequestServices?.GetService<RequestCost>() is not { LastOperationUpstreamCalls: > 0 } cost)
        {
            return null;
        }

        var key = RateLimitPartitionKey.ForCaller(context.User) ??
                  (httpContextAccessor.HttpContext is { } http ? RateLimitPartitionKey.ForClient(http) : null);
        if (key is null)
        {
            return null;
        }

        using var lease = await budget.TryChargeAsync(key.Value, cost.LastOperationUpstreamCalls);
        if (!lease.IsAcquired)
        {
            TimeSpan? retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : null;
            context.RequestServices?.GetService<Telemetry.GraphApiMetrics>()?.RateLimitRejected(Telemetry.GraphApiMetrics.RateLimitKinds.UpstreamBudget);
            context.ReportError(new UpstreamBudgetExceededError(context.Document, context.Operation, cost.LastOperationUpstreamCalls, retryAfter));
        }

        return null;
    }
}
