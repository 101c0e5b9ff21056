namespace GraphApi.Pinterest.UserAccount;

/// <summary>The user's top Pins (<c>TopPinsAnalyticsResponse</c> / <c>TopVideoPinsAnalyticsResponse</c>).</summary>
public sealed record TopPinsAnalytics
{
    /// <summary>How fresh the data is.</summary>
    public TopPinsDateAvailability? DateAvailability { get; init; }

    /// <summary>The Pins, best first.</summary>
    public IReadOnlyList<TopPinMetrics>? Pins { get; init; }

    /// <summary>The metric they were ranked by.</summary>
    public string? SortBy { get; init; }
}
