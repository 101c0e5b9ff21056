namespace GraphApi.Pinterest.Ads;

/// <summary>One ad group of <c>POST /ad_accounts/{id}/ad_groups</c> (<c>AdGroupCreateRequest</c>).</summary>
public sealed record CreateAdGroupRequest
{
    /// <summary>The campaign.</summary>
    public required string CampaignId { get; init; }

    /// <summary>Name.</summary>
    public required string Name { get; init; }

    /// <summary><c>CLICKTHROUGH</c>, <c>IMPRESSION</c> or <c>VIDEO_V_50_MRC</c>.</summary>
    public required string BillableEvent { get; init; }

    /// <summary>Entity status.</summary>
    public string? Status { get; init; }

    /// <summary>Budget, micro currency.</summary>
    public long? BudgetInMicroCurrency { get; init; }

    /// <summary>Bid, micro currency.</summary>
    public long? BidInMicroCurrency { get; init; }

    /// <summary><c>DAILY</c>, <c>LIFETIME</c> or <c>CBO_ADGROUP</c>.</summary>
    public string? BudgetType { get; init; }

    /// <summary>Start, Unix seconds.</summary>
    public long? StartTime { get; init; }

    /// <summary>End, Unix seconds.</summary>
    public long? EndTime { get; init; }
}
