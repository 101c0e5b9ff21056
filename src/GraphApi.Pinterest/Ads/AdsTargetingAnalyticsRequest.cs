namespace GraphApi.Pinterest.Ads;

/// <summary>Query of the targeting analytics reads: the analytics query plus the targeting types to split by.</summary>
public sealed record AdsTargetingAnalyticsRequest
{
    /// <summary>Range, columns, granularity and windows.</summary>
    public required AdsAnalyticsRequest Analytics { get; init; }

    /// <summary>1–14 (15 for an ad account) targeting types of the endpoint's own set.</summary>
    public required IReadOnlyList<string> TargetingTypes { get; init; }

    /// <summary>Up to two of <see cref="AdsAnalyticsValues.AttributionTypes"/>.</summary>
    public IReadOnlyList<string>? AttributionTypes { get; init; }
}
