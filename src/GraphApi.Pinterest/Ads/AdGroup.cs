namespace GraphApi.Pinterest.Ads;

/// <summary>An ad group (<c>AdGroupResponse</c>); money is in micro units of the account's currency.</summary>
public sealed record AdGroup
{
    /// <summary>Ad group id.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>The ad account.</summary>
    public string AdAccountId { get; init; } = string.Empty;

    /// <summary>The campaign.</summary>
    public string CampaignId { get; init; } = string.Empty;

    /// <summary>Name.</summary>
    public string? Name { get; init; }

    /// <summary>Entity status.</summary>
    public string? Status { get; init; }

    /// <summary>Delivery status.</summary>
    public string? SummaryStatus { get; init; }

    /// <summary>Budget, micro currency.</summary>
    public long? BudgetInMicroCurrency { get; init; }

    /// <summary>Bid, micro currency.</summary>
    public long? BidInMicroCurrency { get; init; }

    /// <summary><c>DAILY</c>, <c>LIFETIME</c> or <c>CBO_ADGROUP</c>.</summary>
    public string? BudgetType { get; init; }

    /// <summary>What is billed: <c>CLICKTHROUGH</c>, <c>IMPRESSION</c> or <c>VIDEO_V_50_MRC</c>.</summary>
    public string? BillableEvent { get; init; }

    /// <summary>Start, Unix seconds.</summary>
    public long? StartTime { get; init; }

    /// <summary>End, Unix seconds.</summary>
    public long? EndTime { get; init; }

    /// <summary>Created, Unix seconds.</summary>
    public long? CreatedTime { get; init; }

    /// <summary>Updated, Unix seconds.</summary>
    public long? UpdatedTime { get; init; }
}
