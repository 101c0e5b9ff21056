namespace GraphApi.Pinterest.Catalogs;

/// <summary>One item's validation issues in a processing result (<c>CatalogsItemValidationIssues</c>).</summary>
public sealed record CatalogItemIssues
{
    /// <summary>The item's position in the feed file (0 = first).</summary>
    public int ItemNumber { get; init; }

    /// <summary>The merchant's item id, when Pinterest could read it.</summary>
    public string? ItemId { get; init; }

    /// <summary>Per issue code (e.g. TITLE_MISSING): the attribute and the value that caused it.</summary>
    public IReadOnlyDictionary<string, CatalogItemIssueDetail>? Errors { get; init; }

    public IReadOnlyDictionary<string, CatalogItemIssueDetail>? Warnings { get; init; }
}

/// <summary><c>CatalogsItemValidationDetails</c>.</summary>
public sealed record CatalogItemIssueDetail
{
    public string? AttributeName { get; init; }

    public string? ProvidedValue { get; init; }
}
