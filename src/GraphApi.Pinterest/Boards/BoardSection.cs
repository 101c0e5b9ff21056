namespace GraphApi.Pinterest.Boards;

/// <summary>A section of a board (<c>BoardSection</c> schema).</summary>
public sealed record BoardSection
{
    /// <summary>Section id.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>Section name (1–180 characters).</summary>
    public string Name { get; init; } = string.Empty;
}
