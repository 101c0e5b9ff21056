namespace GraphApi.Pinterest.Ads;

/// <summary>One campaign of <c>PATCH /ad_accounts/{id}/campaigns</c> (<c>CampaignUpdateRequest</c>); null fields are left unchanged.</summary>
public sealed record UpdateCampaignRequest
{
    /// <summary>The campaign.</summary>
    public required string Id { get; init; }

    /// <summary>The ad account (the body repeats the path's id).</summary>
    public required string AdAccountId { get; init; }

    /// <summary>New name.</summary>
    public string? Name { get; init; }

    /// <summary>New entity status.</summary>
    public string? Status { get; init; }

    /// <summary>New lifetime cap, micro currency.</summary>
    public long? LifetimeSpendCap { get; init; }

    /// <summary>New daily cap, micro currency.</summary>
    public long? DailySpendCap { get; init; }

    /// <summary>New start, Unix seconds.</summary>
    public long? StartTime { get; init; }

    /// <summary>New end, Unix seconds.</summary>
    public long? EndTime { get; init; }
}
