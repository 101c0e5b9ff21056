namespace GraphApi.Pinterest.UserAccount;

/// <summary>Freshness of top-Pins data.</summary>
public sealed record TopPinsDateAvailability
{
    /// <summary>Whether the data is real-time.</summary>
    public bool? IsRealtime { get; init; }

    /// <summary>Latest timestamp with data (Unix time, as a number).</summary>
    public double? LatestAvailableTimestamp { get; init; }
}
