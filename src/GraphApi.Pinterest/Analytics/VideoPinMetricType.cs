namespace GraphApi.Pinterest.Analytics;

/// <summary>Metric types (and <c>sort_by</c> values) of <c>user_account/analytics/top_video_pins</c>.</summary>
public static class VideoPinMetricType
{
    /// <summary>Impressions.</summary>
    public const string Impression = "IMPRESSION";

    /// <summary>Saves.</summary>
    public const string Save = "SAVE";

    /// <summary>Outbound clicks.</summary>
    public const string OutboundClick = "OUTBOUND_CLICK";

    /// <summary>Video views (MRC).</summary>
    public const string VideoMrcView = "VIDEO_MRC_VIEW";

    /// <summary>Average watch time.</summary>
    public const string VideoAvgWatchTime = "VIDEO_AVG_WATCH_TIME";

    /// <summary>Total play time.</summary>
    public const string VideoV50WatchTime = "VIDEO_V50_WATCH_TIME";

    /// <summary>95% completion views.</summary>
    public const string Quartile95PercentView = "QUARTILE_95_PERCENT_VIEW";

    /// <summary>10-second video views.</summary>
    public const string Video10sView = "VIDEO_10S_VIEW";

    /// <summary>Video starts.</summary>
    public const string VideoStart = "VIDEO_START";
}
