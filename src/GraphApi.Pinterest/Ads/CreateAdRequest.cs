namespace GraphApi.Pinterest.Ads;

/// <summary>One ad of <c>POST /ad_accounts/{id}/ads</c> (<c>AdCreateRequest</c>).</summary>
public sealed record CreateAdRequest
{
    /// <summary>The ad group.</summary>
    public required string AdGroupId { get; init; }

    /// <summary>The Pin to promote.</summary>
    public required string PinId { get; init; }

    /// <summary><c>CreativeType</c>, e.g. <c>REGULAR</c>.</summary>
    public required string CreativeType { get; init; }

    /// <summary>Name.</summary>
    public string? Name { get; init; }

    /// <summary>Entity status.</summary>
    public string? Status { get; init; }

    /// <summary>Where a click goes.</summary>
    public string? DestinationUrl { get; init; }
}
