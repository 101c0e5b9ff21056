namespace GraphApi.Pinterest.UserAccount;

/// <summary>Query of <c>GET /user_account/analytics</c>. Dates are UTC days within the last 90 days.</summary>
public sealed record AccountAnalyticsRequest
{
    /// <summary>First day.</summary>
    public required DateOnly StartDate { get; init; }

    /// <summary>Last day.</summary>
    public required DateOnly EndDate { get; init; }

    /// <summary><c>OTHER</c>, <c>CLAIMED</c> or <c>BOTH</c>.</summary>
    public string? FromClaimedContent { get; init; }

    /// <summary><c>ALL</c>, <c>ORGANIC_IMAGE</c>, <c>ORGANIC_PRODUCT</c>, <c>ORGANIC_VIDEO</c>, <c>ADS_*</c>.</summary>
    public string? PinFormat { get; init; }

    /// <summary><c>ALL</c>, <c>MOBILE</c>, <c>TABLET</c> or <c>WEB</c>.</summary>
    public string? AppTypes { get; init; }

    /// <summary><c>ALL</c>, <c>PAID</c> or <c>ORGANIC</c>.</summary>
    public string? ContentType { get; init; }

    /// <summary><c>ALL</c>, <c>YOUR_PINS</c> or <c>OTHER_PINS</c>.</summary>
    public string? Source { get; init; }

    /// <summary><c>ENGAGEMENT</c>, <c>IMPRESSION</c>, <c>SAVE</c>, … (sent comma-separated).</summary>
    public IReadOnlyList<string>? MetricTypes { get; init; }

    /// <summary><c>NO_SPLIT</c>, <c>APP_TYPE</c>, <c>OWNED_CONTENT</c>, <c>SOURCE</c> or <c>PIN_FORMAT</c>.</summary>
    public string? SplitField { get; init; }

    /// <summary>Act for the owner of this ad account (Business Access).</summary>
    public string? AdAccountId { get; init; }
}
