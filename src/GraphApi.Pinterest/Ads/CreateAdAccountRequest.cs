namespace GraphApi.Pinterest.Ads;

/// <summary>Body of <c>POST /ad_accounts</c> (<c>AdAccountCreate</c>).</summary>
public sealed record CreateAdAccountRequest
{
    /// <summary>Account name, up to 256 characters.</summary>
    public required string Name { get; init; }

    /// <summary>ISO 3166-1 alpha-2 country.</summary>
    public required string Country { get; init; }

    /// <summary>ISO 4217 currency.</summary>
    public string? Currency { get; init; }

    /// <summary>The owning user's id.</summary>
    public string? OwnerUserId { get; init; }
}
