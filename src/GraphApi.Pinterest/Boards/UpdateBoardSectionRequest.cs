namespace GraphApi.Pinterest.Boards;

/// <summary>Body of <c>PATCH /boards/{board_id}/sections/{section_id}</c>.</summary>
public sealed record UpdateBoardSectionRequest
{
    /// <summary>New section name (1–180 characters).</summary>
    public required string Name { get; init; }
}
