namespace GraphApi.Pinterest.Pins;

/// <summary>Query of <c>GET /pins/analytics</c> (beta): analytics of 1–100 Pins in one call.</summary>
public sealed record MultiPinAnalyticsRequest
{
    /// <summary>1–100 Pin ids (sent as repeated <c>pin_ids</c> keys).</summary>
    public required IReadOnlyList<string> PinIds { get; init; }

    /// <summary>First day.</summary>
    public required DateOnly StartDate { get; init; }

    /// <summary>Last day.</summary>
    public required DateOnly EndDate { get; init; }

    /// <summary><see cref="PinMetricType"/> values (sent comma-separated).</summary>
    public required IReadOnlyList<string> MetricTypes { get; init; }

    /// <summary><c>ALL</c>, <c>MOBILE</c>, <c>TABLET</c> or <c>WEB</c>.</summary>
    public string? AppTypes { get; init; }

    /// <summary>Act for the owner of this ad account (Business Access).</summary>
    public string? AdAccountId { get; init; }
}
