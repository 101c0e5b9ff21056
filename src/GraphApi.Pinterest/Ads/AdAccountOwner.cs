namespace GraphApi.Pinterest.Ads;

/// <summary>The owner of an ad account (<c>AdAccountOwner</c>).</summary>
public sealed record AdAccountOwner
{
    /// <summary>The owning user's id.</summary>
    public string? Id { get; init; }

    /// <summary>The owning user's username.</summary>
    public string? Username { get; init; }
}
