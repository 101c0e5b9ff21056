namespace GraphApi.Pinterest.Analytics;

/// <summary>
/// Metric types of <c>user_account/analytics</c> and <c>user_account/analytics/top_pins</c> (the spec gives both the same
/// list). Not the Pin list: VIDEO_* and the per-Pin counts are refused here, and the rates are only here.
/// </summary>
public static class AccountMetricType
{
    /// <summary>Engagements.</summary>
    public const string Engagement = "ENGAGEMENT";

    /// <summary>Engagements per impression.</summary>
    public const string EngagementRate = "ENGAGEMENT_RATE";

    /// <summary>Impressions.</summary>
    public const string Impression = "IMPRESSION";

    /// <summary>Outbound clicks.</summary>
    public const string OutboundClick = "OUTBOUND_CLICK";

    /// <summary>Outbound clicks per impression.</summary>
    public const string OutboundClickRate = "OUTBOUND_CLICK_RATE";

    /// <summary>Pin clicks.</summary>
    public const string PinClick = "PIN_CLICK";

    /// <summary>Pin clicks per impression.</summary>
    public const string PinClickRate = "PIN_CLICK_RATE";

    /// <summary>Saves.</summary>
    public const string Save = "SAVE";

    /// <summary>Saves per impression.</summary>
    public const string SaveRate = "SAVE_RATE";
}
