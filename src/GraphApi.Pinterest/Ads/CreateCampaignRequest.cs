namespace GraphApi.Pinterest.Ads;

/// <summary>One campaign of <c>POST /ad_accounts/{id}/campaigns</c> (<c>CampaignCreateRequest</c>).</summary>
public sealed record CreateCampaignRequest
{
    /// <summary>The ad account (the body repeats the path's id).</summary>
    public required string AdAccountId { get; init; }

    /// <summary>Name.</summary>
    public required string Name { get; init; }

    /// <summary><c>ObjectiveType</c>, e.g. <c>AWARENESS</c>.</summary>
    public required string ObjectiveType { get; init; }

    /// <summary>Entity status; Pinterest's default is <c>ACTIVE</c>.</summary>
    public string? Status { get; init; }

    /// <summary>Lifetime cap, micro currency.</summary>
    public long? LifetimeSpendCap { get; init; }

    /// <summary>Daily cap, micro currency.</summary>
    public long? DailySpendCap { get; init; }

    /// <summary>Start, Unix seconds.</summary>
    public long? StartTime { get; init; }

    /// <summary>End, Unix seconds.</summary>
    public long? EndTime { get; init; }
}
