namespace GraphApi.Pinterest.Boards;

/// <summary>Body of <c>POST /boards/{board_id}/sections</c>.</summary>
public sealed record CreateBoardSectionRequest
{
    /// <summary>Section name (1–180 characters).</summary>
    public required string Name { get; init; }
}
