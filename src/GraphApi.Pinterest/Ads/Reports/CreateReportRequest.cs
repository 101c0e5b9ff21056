namespace GraphApi.Pinterest.Ads.Reports;

/// <summary>Body of <c>POST /ad_accounts/{ad_account_id}/reports</c> (<c>AdsAnalyticsCreateAsyncRequest</c>, the part the
/// gateway sends). Dates are UTC days.</summary>
public sealed record CreateReportRequest
{
    /// <summary>First day.</summary>
    public required DateOnly StartDate { get; init; }

    /// <summary>Last day.</summary>
    public required DateOnly EndDate { get; init; }

    /// <summary><c>TOTAL</c>, <c>DAY</c>, <c>HOUR</c>, <c>WEEK</c> or <c>MONTH</c>.</summary>
    public required string Granularity { get; init; }

    /// <summary><c>ADVERTISER</c>, <c>CAMPAIGN</c>, <c>AD_GROUP</c>, <c>PIN_PROMOTION</c>, <c>KEYWORD</c>, …</summary>
    public required string Level { get; init; }

    /// <summary>Columns (<c>SPEND_IN_MICRO_DOLLAR</c>, <c>PAID_IMPRESSION</c>, <c>CTR</c>, …).</summary>
    public required IReadOnlyList<string> Columns { get; init; }

    /// <summary>Only these campaigns.</summary>
    public IReadOnlyList<string>? CampaignIds { get; init; }

    /// <summary>Only these ad groups.</summary>
    public IReadOnlyList<string>? AdGroupIds { get; init; }

    /// <summary>Only these ads.</summary>
    public IReadOnlyList<string>? AdIds { get; init; }

    /// <summary>Click attribution window: 0, 1, 7, 14, 30 or 60 days.</summary>
    public int? ClickWindowDays { get; init; }

    /// <summary>Engagement attribution window.</summary>
    public int? EngagementWindowDays { get; init; }

    /// <summary>View attribution window.</summary>
    public int? ViewWindowDays { get; init; }

    /// <summary><c>TIME_OF_AD_ACTION</c> or <c>TIME_OF_CONVERSION</c>.</summary>
    public string? ConversionReportTime { get; init; }

    /// <summary><c>JSON</c> (default) or <c>CSV</c>.</summary>
    public string? ReportFormat { get; init; }
}
