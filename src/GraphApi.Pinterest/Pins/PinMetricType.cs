namespace GraphApi.Pinterest.Pins;

/// <summary>Metric types of Pin analytics (standard and video Pins).</summary>
public static class PinMetricType
{
    /// <summary>Impressions.</summary>
    public const string Impression = "IMPRESSION";

    /// <summary>Outbound clicks.</summary>
    public const string OutboundClick = "OUTBOUND_CLICK";

    /// <summary>Pin clicks.</summary>
    public const string PinClick = "PIN_CLICK";

    /// <summary>Saves.</summary>
    public const string Save = "SAVE";

    /// <summary>Save rate.</summary>
    public const string SaveRate = "SAVE_RATE";

    /// <summary>Comments.</summary>
    public const string TotalComments = "TOTAL_COMMENTS";

    /// <summary>Reactions.</summary>
    public const string TotalReactions = "TOTAL_REACTIONS";

    /// <summary>Follows from the Pin.</summary>
    public const string UserFollow = "USER_FOLLOW";

    /// <summary>Profile visits.</summary>
    public const string ProfileVisit = "PROFILE_VISIT";

    /// <summary>Video views (MRC).</summary>
    public const string VideoMrcView = "VIDEO_MRC_VIEW";

    /// <summary>10-second video views.</summary>
    public const string Video10sView = "VIDEO_10S_VIEW";

    /// <summary>95% completion views.</summary>
    public const string Quartile95PercentView = "QUARTILE_95_PERCENT_VIEW";

    /// <summary>Total play time.</summary>
    public const string VideoV50WatchTime = "VIDEO_V50_WATCH_TIME";

    /// <summary>Video starts.</summary>
    public const string VideoStart = "VIDEO_START";

    /// <summary>Average watch time.</summary>
    public const string VideoAvgWatchTime = "VIDEO_AVG_WATCH_TIME";
}
