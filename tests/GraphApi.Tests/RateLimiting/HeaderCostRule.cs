using GraphApi.Execution;
using GraphQL.Validation;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Tests.RateLimiting;

/// <summary>
/// Test-only stand-in for the cost analysis: each operation's estimate is the <c>X-Test-Upstream-Calls</c> header.
/// It writes <see cref="RequestCost"/> in the pre-visitor stage, so it runs before the budget rule whatever the order.
/// </summary>
internal sealed class HeaderCostRule(IHttpContextAccessor httpContextAccessor) : ValidationRuleBase
{
    public const string Header = "X-Test-Upstream-Calls";

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (httpContextAccessor.HttpContext?.Request.Headers[Header] is { Count: > 0 } value &&
            int.TryParse(value[0], System.Globalization.CultureInfo.InvariantCulture, out var calls))
        {
            context.RequestServices!.GetRequiredService<RequestCost>().Add(calls, 0);
        }

        return default;
    }
}
