namespace GraphApi.Pinterest.Boards;

/// <summary>Body of <c>PATCH /boards/{board_id}</c> (<c>BoardWithUpdatePrivacyUpdate</c>); null fields are left unchanged.</summary>
public sealed record UpdateBoardRequest
{
    /// <summary>New name.</summary>
    public string? Name { get; init; }

    /// <summary>New description.</summary>
    public string? Description { get; init; }

    /// <summary><c>PUBLIC</c> or <c>SECRET</c> only; <c>PROTECTED</c> cannot be set here.</summary>
    public string? Privacy { get; init; }
}
