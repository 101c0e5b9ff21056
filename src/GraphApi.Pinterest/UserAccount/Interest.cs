namespace GraphApi.Pinterest.UserAccount;

/// <summary>An interest a user follows (<c>Interest</c>).</summary>
public sealed record Interest
{
    /// <summary>Interest id.</summary>
    public string? Id { get; init; }

    /// <summary>Interest key.</summary>
    public string? Key { get; init; }

    /// <summary>Display name.</summary>
    public string? Name { get; init; }

    /// <summary>Canonical URL.</summary>
    public string? CanonicalUrl { get; init; }
}
