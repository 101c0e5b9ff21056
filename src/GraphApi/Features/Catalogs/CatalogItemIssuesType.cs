using GraphApi.Pinterest.Catalogs;
using GraphApi.Schema.Relay;
using GraphQL.Types;

namespace GraphApi.Features.Catalogs;

/// <summary>One item's validation issues in a processing result (items_issues/list): which item, and why.</summary>
public sealed class CatalogItemIssuesType : ObjectGraphType<CatalogItemIssues>
{
    public CatalogItemIssuesType()
    {
        Name = "CatalogItemIssues";
        Description = "One feed item's validation errors and warnings in a processing result.";
        Field(i => i.ItemNumber).Description("The item's position in the feed file (0 = first).");
        Field(i => i.ItemId, nullable: true).Description("The merchant's item ID, when Pinterest could read it.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CatalogItemIssueDetailType>>>>("errors").Description("Validation errors, by code.")
            .Resolve(c => CatalogItemIssue.Of(c.Source.Errors));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CatalogItemIssueDetailType>>>>("warnings").Description("Validation warnings, by code.")
            .Resolve(c => CatalogItemIssue.Of(c.Source.Warnings));
    }
}

/// <summary>An issue code with the attribute and value that caused it (Pinterest answers a map keyed by code).</summary>
public sealed record CatalogItemIssue(string Code, string? AttributeName, string? ProvidedValue)
{
    public static IReadOnlyList<CatalogItemIssue> Of(IReadOnlyDictionary<string, CatalogItemIssueDetail>? issues) =>
        issues is null ? [] : [.. issues.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new CatalogItemIssue(p.Key, p.Value.AttributeName, p.Value.ProvidedValue))];
}

public sealed class CatalogItemIssueDetailType : ObjectGraphType<CatalogItemIssue>
{
    public CatalogItemIssueDetailType()
    {
        Name = "CatalogItemIssue";
        Description = "A validation issue of one item: Pinterest's code, the attribute and the value it read.";
        Field(i => i.Code).Description("Pinterest's code, e.g. TITLE_MISSING.");
        Field(i => i.AttributeName, nullable: true).Description("The attribute concerned, e.g. TITLE.");
        Field(i => i.ProvidedValue, nullable: true).Description("The value Pinterest read (null when missing).");
    }
}

public sealed class CatalogItemIssuesConnectionType() : ConnectionType<CatalogItemIssuesType, CatalogItemIssuesEdgeType, CatalogItemIssues>("CatalogItemIssues");

public sealed class CatalogItemIssuesEdgeType() : EdgeType<CatalogItemIssuesType, CatalogItemIssues>("CatalogItemIssues");
