namespace GraphApi.Boards;

/// <summary>A section's global ID carries its board: "boardId/sectionId".</summary>
public static class SectionKey
{
    public static string Format(string boardId, string sectionId) => $"{boardId}/{sectionId}";

    public static (string BoardId, string SectionId)? Parse(string value) =>
        value.Split('/') is [{ Length: > 0 } board, { Length: > 0 } section] ? (board, section) : null;
}
