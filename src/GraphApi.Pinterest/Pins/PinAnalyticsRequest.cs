namespace GraphApi.Pinterest.Pins;

/// <summary>Query of <c>GET /pins/{pin_id}/analytics</c>. Dates are UTC days within the last 90 days.</summary>
public sealed record PinAnalyticsRequest
{
    /// <summary>First day.</summary>
    public required DateOnly StartDate { get; init; }

    /// <summary>Last day (≤ 90 days after the start).</summary>
    public required DateOnly EndDate { get; init; }

    /// <summary><see cref="PinMetricType"/> values (sent comma-separated).</summary>
    public required IReadOnlyList<string> MetricTypes { get; init; }

    /// <summary><c>ALL</c>, <c>MOBILE</c>, <c>TABLET</c> or <c>WEB</c>.</summary>
    public string? AppTypes { get; init; }

    /// <summary><c>NO_SPLIT</c> or <c>APP_TYPE</c>.</summary>
    public string? SplitField { get; init; }

    /// <summary>Act for the owner of this ad account (Business Access).</summary>
    public string? AdAccountId { get; init; }
}
