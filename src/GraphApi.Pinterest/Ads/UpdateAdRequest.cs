namespace GraphApi.Pinterest.Ads;

/// <summary>One ad of <c>PATCH /ad_accounts/{id}/ads</c> (<c>AdUpdateRequest</c>); null fields are left unchanged.</summary>
public sealed record UpdateAdRequest
{
    /// <summary>The ad.</summary>
    public required string Id { get; init; }

    /// <summary>New name.</summary>
    public string? Name { get; init; }

    /// <summary>New entity status.</summary>
    public string? Status { get; init; }

    /// <summary>New destination.</summary>
    public string? DestinationUrl { get; init; }
}
