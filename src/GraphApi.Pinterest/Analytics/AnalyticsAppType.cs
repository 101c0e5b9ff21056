namespace GraphApi.Pinterest.Analytics;

/// <summary>Values of the <c>app_types</c> analytics filter.</summary>
public static class AnalyticsAppType
{
    /// <summary>All apps.</summary>
    public const string All = "ALL";

    /// <summary>Mobile apps.</summary>
    public const string Mobile = "MOBILE";

    /// <summary>Tablet apps.</summary>
    public const string Tablet = "TABLET";

    /// <summary>Web.</summary>
    public const string Web = "WEB";
}
