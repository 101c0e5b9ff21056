namespace GraphApi.Pinterest.Ads;

/// <summary>One ad group of <c>PATCH /ad_accounts/{id}/ad_groups</c> (<c>AdGroupUpdateRequest</c>); null fields are left unchanged.</summary>
public sealed record UpdateAdGroupRequest
{
    /// <summary>The ad group.</summary>
    public required string Id { get; init; }

    /// <summary>New name.</summary>
    public string? Name { get; init; }

    /// <summary>New entity status.</summary>
    public string? Status { get; init; }

    /// <summary>New budget, micro currency.</summary>
    public long? BudgetInMicroCurrency { get; init; }

    /// <summary>New bid, micro currency.</summary>
    public long? BidInMicroCurrency { get; init; }

    /// <summary>New start, Unix seconds.</summary>
    public long? StartTime { get; init; }

    /// <summary>New end, Unix seconds.</summary>
    public long? EndTime { get; init; }
}
