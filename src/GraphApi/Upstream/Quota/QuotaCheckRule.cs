using GraphApi.Accounts.Callers;
using GraphApi.Accounts.Links;
using GraphApi.Execution.Cost;
using GraphApi.Pinterest.Http;
using GraphQL.Validation;
using Microsoft.Extensions.Options;

namespace GraphApi.Upstream.Quota;

/// <summary>
/// Fail fast: refuses an operation before execution when Pinterest would certainly refuse it, from the quota Pinterest
/// last reported for the caller's connection. Runs after the cost analysis and before the upstream budget (a refused
/// operation is not charged). Only current readings count (a remaining count and a reset in the future); an unknown or
/// expired category never refuses. The read estimate is an upper bound (lists count at their full `first`), so reads
/// are refused only when every category the operation can call in has nothing left: comparing the upper bound with a
/// remaining count above 0 would refuse requests that fit. Writes are counted exactly (one <c>org_write</c> call per
/// root mutation field), so an operation with more writes than <c>org_write</c> has left is refused whole rather
/// than half-applied.
/// Cost per operation: nothing when the estimate is 0; otherwise one lookup per category in the tracker.
/// </summary>
internal sealed class QuotaCheckRule(QuotaTracker tracker, IOptions<QuotaOptions> options) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context)
    {
        var settings = options.Value;
        if (!settings.Enabled || !settings.FailFast || context.HasErrors
            || context.RequestServices?.GetService<RequestCost>() is not { LastOperationUpstreamCalls: > 0, LastOperationCategories: not UpstreamCategories.None } cost)
        {
            return default;
        }

        var key = context.RequestServices.GetService<RequestQuota>()?.Key()
                  ?? (context.User is { } user && Caller.From(user) is { } caller ? AccountLinkKey.For(caller) : null);
        if (key is null)
        {
            return default;
        }

        var now = tracker.Now;
        if (cost.LastOperationWrites > 0 && (cost.LastOperationCategories & UpstreamCategories.OrgWrite) != 0
            && tracker.Find(key, PinterestRateLimitCategories.OrgWrite) is { } writes && writes.IsCurrent(now) && cost.LastOperationWrites > writes.Remaining)
        {
            Refused(context);
            context.ReportError(new QuotaExceededError(context.Document, context.Operation, cost.LastOperationWrites, writes.Remaining!.Value,
                PinterestRateLimitCategories.OrgWrite, writes.ResetAt!.Value - now));
            return default;
        }

        long remaining = 0;
        TimeSpan? soonest = null;
        var names = new List<string>(2);
        foreach (var (flag, name) in UpstreamCategoryExtensions.All)
        {
            if ((cost.LastOperationCategories & flag) == 0)
            {
                continue;
            }

            if (tracker.Find(key, name) is not { } reading || !reading.IsCurrent(now))
            {
                return default;
            }

            names.Add(name);
            remaining += reading.Remaining!.Value;
            var wait = reading.ResetAt!.Value - now;
            soonest = soonest is { } known && known < wait ? known : wait;
        }

        if (remaining == 0)
        {
            // The soonest reset is when the operation may first fit again.
            Refused(context);
            context.ReportError(new QuotaExceededError(context.Document, context.Operation, cost.LastOperationUpstreamCalls, remaining,
                string.Join(", ", names), soonest!.Value));
        }

        return default;
    }

    private static void Refused(ValidationContext context) =>
        context.RequestServices?.GetService<Telemetry.GraphApiMetrics>()?.RateLimitRejected(Telemetry.GraphApiMetrics.RateLimitKinds.Quota);
}
