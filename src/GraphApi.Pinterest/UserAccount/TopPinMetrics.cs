namespace GraphApi.Pinterest.UserAccount;

/// <summary>One top Pin and its metrics.</summary>
public sealed record TopPinMetrics
{
    /// <summary>Pin id.</summary>
    public string? PinId { get; init; }

    /// <summary>Values by metric name.</summary>
    public IReadOnlyDictionary<string, double>? Metrics { get; init; }

    /// <summary>Data status by metric name.</summary>
    public IReadOnlyDictionary<string, string>? DataStatus { get; init; }
}
