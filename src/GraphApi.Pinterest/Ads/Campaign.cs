namespace GraphApi.Pinterest.Ads;

/// <summary>A campaign (<c>CampaignResponse</c>); money is in micro units of the account's currency.</summary>
public sealed record Campaign
{
    /// <summary>Campaign id.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>The ad account.</summary>
    public string AdAccountId { get; init; } = string.Empty;

    /// <summary>Name.</summary>
    public string? Name { get; init; }

    /// <summary><c>ACTIVE</c>, <c>PAUSED</c>, <c>ARCHIVED</c>, <c>DRAFT</c> or <c>DELETED_DRAFT</c>.</summary>
    public string? Status { get; init; }

    /// <summary>Delivery status as Pinterest sums it up (<c>CampaignSummaryStatus</c>).</summary>
    public string? SummaryStatus { get; init; }

    /// <summary><c>ObjectiveType</c>, e.g. <c>AWARENESS</c>.</summary>
    public string? ObjectiveType { get; init; }

    /// <summary>Lifetime cap, micro currency.</summary>
    public long? LifetimeSpendCap { get; init; }

    /// <summary>Daily cap, micro currency.</summary>
    public long? DailySpendCap { get; init; }

    /// <summary>Start, Unix seconds.</summary>
    public long? StartTime { get; init; }

    /// <summary>End, Unix seconds.</summary>
    public long? EndTime { get; init; }

    /// <summary>Created, Unix seconds.</summary>
    public long? CreatedTime { get; init; }

    /// <summary>Updated, Unix seconds.</summary>
    public long? UpdatedTime { get; init; }
}
