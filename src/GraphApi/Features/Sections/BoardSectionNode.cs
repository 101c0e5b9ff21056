using GraphApi.Pinterest.Boards;

namespace GraphApi.Features.Sections;

/// <summary>A section with its board's ID: Pinterest's section object does not carry it, but every section call needs it.</summary>
public sealed record BoardSectionNode(string BoardId, BoardSection Section);
