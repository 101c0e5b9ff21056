namespace GraphApi.Pinterest.Boards;

/// <summary>A Pinterest board (<c>Board</c> schema).</summary>
public sealed record Board
{
    /// <summary>Board id (digits).</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>Board name.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>Board description.</summary>
    public string? Description { get; init; }

    /// <summary><c>PUBLIC</c>, <c>PROTECTED</c> or <c>SECRET</c> (see <see cref="BoardPrivacy"/>).</summary>
    public string? Privacy { get; init; }

    /// <summary>The owner.</summary>
    public BoardOwner? Owner { get; init; }

    /// <summary>When the board was created.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>When the board's Pins last changed.</summary>
    public DateTimeOffset? BoardPinsModifiedAt { get; init; }

    /// <summary>Collaborators on the board.</summary>
    public long? CollaboratorCount { get; init; }

    /// <summary>Followers of the board.</summary>
    public long? FollowerCount { get; init; }

    /// <summary>Pins on the board.</summary>
    public long? PinCount { get; init; }

    /// <summary>True for ad-only boards, which Pinterest forces to <c>PROTECTED</c>.</summary>
    public bool? IsAdsOnly { get; init; }

    /// <summary>Cover and thumbnails.</summary>
    public BoardMedia? Media { get; init; }
}
