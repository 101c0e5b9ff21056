using GraphApi.Schema.Relay;

namespace GraphApi.Features.Sections;

/// <summary>A section's global ID carries its board: "boardId/sectionId".</summary>
public static class SectionKey
{
    public static string Format(string boardId, string sectionId) => $"{boardId}/{sectionId}";

    /// <summary>Both IDs, or null unless both are valid Pinterest IDs (a forged key cannot reach an upstream path).</summary>
    public static (string BoardId, string SectionId)? Parse(string value) =>
        value.Split('/') is [var board, var section] && PinterestIds.IsValid(board) && PinterestIds.IsValid(section) ? (board, section) : null;
}
