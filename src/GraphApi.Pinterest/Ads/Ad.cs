namespace GraphApi.Pinterest.Ads;

/// <summary>An ad: a promoted Pin in an ad group (<c>AdResponse</c>).</summary>
public sealed record Ad
{
    /// <summary>Ad id.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>The ad account.</summary>
    public string AdAccountId { get; init; } = string.Empty;

    /// <summary>The campaign.</summary>
    public string CampaignId { get; init; } = string.Empty;

    /// <summary>The ad group.</summary>
    public string AdGroupId { get; init; } = string.Empty;

    /// <summary>The promoted Pin.</summary>
    public string? PinId { get; init; }

    /// <summary>Name.</summary>
    public string? Name { get; init; }

    /// <summary>Entity status.</summary>
    public string? Status { get; init; }

    /// <summary>Delivery status.</summary>
    public string? SummaryStatus { get; init; }

    /// <summary><c>PENDING</c>, <c>APPROVED</c>, <c>REJECTED</c> or <c>OTHER</c>.</summary>
    public string? ReviewStatus { get; init; }

    /// <summary><c>CreativeType</c>, e.g. <c>REGULAR</c>.</summary>
    public string? CreativeType { get; init; }

    /// <summary>Where a click goes.</summary>
    public string? DestinationUrl { get; init; }

    /// <summary>Created, Unix seconds.</summary>
    public long? CreatedTime { get; init; }

    /// <summary>Updated, Unix seconds.</summary>
    public long? UpdatedTime { get; init; }
}
