using GraphQL.Types;

namespace GraphApi.Upstream.Quota;

internal sealed class PinterestQuotaType : ObjectGraphType<QuotaReading>
{
    public PinterestQuotaType()
    {
        Name = "PinterestQuota";
        Description = "The last rate-limit headers Pinterest sent for one quota category of this connection. Other apps and gateway " +
                      "instances spend the same quota, so the real remaining count can be lower.";
        Field(x => x.Category).Description("Pinterest's rate-limit category (org_read, org_write, org_analytics, ads_read): operations in one category share a quota.");
        Field<IntGraphType>("limit").Description("x-ratelimit-limit: calls allowed per window.").Resolve(c => Clamp(c.Source.Limit));
        Field<IntGraphType>("remaining").Description("x-ratelimit-remaining: calls left in the window when Pinterest last answered (0 after a 429).")
            .Resolve(c => Clamp(c.Source.Remaining));
        Field<DateTimeGraphType>("resetAt").Description("When the window resets (from x-ratelimit-reset); after it the values say nothing.")
            .Resolve(c => c.Source.ResetAt?.UtcDateTime);
        Field<NonNullGraphType<DateTimeGraphType>>("observedAt").Description("When Pinterest's answer was received.").Resolve(c => c.Source.ObservedAt.UtcDateTime);
    }

    // Pinterest's counts are small; a header past Int's range (a broken or hostile upstream) must not fail the field.
    internal static int? Clamp(long? value) => value is { } v ? (int)Math.Min(v, int.MaxValue) : null;
}
