namespace GraphApi.Pinterest.Boards;

/// <summary>Body of <c>POST /boards</c> (<c>BoardCreate</c>).</summary>
public sealed record CreateBoardRequest
{
    /// <summary>Board name (becomes "Ad-only Pins" for ad-only boards).</summary>
    public required string Name { get; init; }

    /// <summary>Board description.</summary>
    public string? Description { get; init; }

    /// <summary><see cref="BoardPrivacy"/> value; Pinterest defaults to <c>PUBLIC</c>.</summary>
    public string? Privacy { get; init; }

    /// <summary>Create an ad-only board.</summary>
    public bool? IsAdsOnly { get; init; }
}
