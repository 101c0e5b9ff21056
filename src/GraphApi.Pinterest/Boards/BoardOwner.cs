namespace GraphApi.Pinterest.Boards;

/// <summary>The owner of a board or Pin's board.</summary>
public sealed record BoardOwner
{
    /// <summary>Owner's username.</summary>
    public string? Username { get; init; }
}
