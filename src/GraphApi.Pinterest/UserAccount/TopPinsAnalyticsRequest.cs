namespace GraphApi.Pinterest.UserAccount;

/// <summary>Query of <c>GET /user_account/analytics/top_pins</c> and <c>.../top_video_pins</c>.</summary>
public sealed record TopPinsAnalyticsRequest
{
    /// <summary>Largest <see cref="NumOfPins"/>.</summary>
    public const int MaxPins = PinterestLimits.TopPinsMax;

    /// <summary>First day.</summary>
    public required DateOnly StartDate { get; init; }

    /// <summary>Last day.</summary>
    public required DateOnly EndDate { get; init; }

    /// <summary>Metric to rank by, e.g. <c>IMPRESSION</c> or <c>SAVE</c> (video adds <c>VIDEO_*</c>).</summary>
    public required string SortBy { get; init; }

    /// <summary><c>OTHER</c>, <c>CLAIMED</c> or <c>BOTH</c>.</summary>
    public string? FromClaimedContent { get; init; }

    /// <summary>Pin format filter.</summary>
    public string? PinFormat { get; init; }

    /// <summary><c>ALL</c>, <c>MOBILE</c>, <c>TABLET</c> or <c>WEB</c>.</summary>
    public string? AppTypes { get; init; }

    /// <summary><c>ALL</c>, <c>PAID</c> or <c>ORGANIC</c>.</summary>
    public string? ContentType { get; init; }

    /// <summary><c>ALL</c>, <c>YOUR_PINS</c> or <c>OTHER_PINS</c>.</summary>
    public string? Source { get; init; }

    /// <summary>Metrics to return (sent comma-separated).</summary>
    public IReadOnlyList<string>? MetricTypes { get; init; }

    /// <summary>How many Pins, 1–50 (Pinterest defaults to 10).</summary>
    public int? NumOfPins { get; init; }

    /// <summary>Only Pins created in the last 30 days (the only value Pinterest allows).</summary>
    public int? CreatedInLastNDays { get; init; }

    /// <summary>Act for the owner of this ad account (Business Access).</summary>
    public string? AdAccountId { get; init; }
}
