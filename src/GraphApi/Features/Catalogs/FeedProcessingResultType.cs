using GraphApi.Execution.Cost;
using GraphApi.Execution.Scopes;
using GraphApi.Pinterest.Catalogs;
using GraphApi.Pinterest.OAuth;
using GraphApi.Schema;
using GraphApi.Schema.Relay;
using GraphQL.Types;

namespace GraphApi.Features.Catalogs;

/// <summary>One processing of a feed. Not a Node: Pinterest has no processing_results/get to refetch one.</summary>
public sealed class FeedProcessingResultType : ObjectGraphType<FeedProcessingResult>
{
    public FeedProcessingResultType()
    {
        Name = "FeedProcessingResult";
        Description = "One processing (ingestion) of a feed: PROCESSING, then COMPLETED or FAILED with item and issue counts.";
        Field<NonNullGraphType<StringGraphType>>("pinterestId").Description("Pinterest's processing result ID (for item issues and feed ingestion reports).").Resolve(c => c.Source.Id);
        Field(r => r.Status, nullable: true).Description("COMPLETED, FAILED or PROCESSING.");
        Field<IntGraphType>("originalItems").Description("Items in the feed file (null early in the process).").Resolve(c => c.Source.ProductCounts?.Original);
        Field<IntGraphType>("ingestedItems").Description("Items ingested (null early in the process).").Resolve(c => c.Source.ProductCounts?.Ingested);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CatalogIssueCountType>>>>("ingestionErrors").Description("Ingestion errors by code.").Resolve(c => CatalogIssueCount.Of(c.Source.IngestionDetails?.Errors));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CatalogIssueCountType>>>>("ingestionWarnings").Description("Ingestion warnings by code.").Resolve(c => CatalogIssueCount.Of(c.Source.IngestionDetails?.Warnings));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CatalogIssueCountType>>>>("ingestedByAvailability").Description("Ingested items by availability (IN_STOCK, OUT_OF_STOCK, PREORDER).").Resolve(c => CatalogIssueCount.Of(c.Source.IngestionDetails?.Info));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CatalogIssueCountType>>>>("validationErrors").Description("Item validation errors by code (e.g. TITLE_MISSING).").Resolve(c => CatalogIssueCount.Of(c.Source.ValidationDetails?.Errors));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CatalogIssueCountType>>>>("validationWarnings").Description("Item validation warnings by code.").Resolve(c => CatalogIssueCount.Of(c.Source.ValidationDetails?.Warnings));
        Field<DateTimeGraphType>("createdAt").Description("When the processing started (UTC).").Resolve(c => c.Source.CreatedAt?.UtcDateTime);
        Field<DateTimeGraphType>("updatedAt").Description("When it last changed (UTC).").Resolve(c => c.Source.UpdatedAt?.UtcDateTime);
        Field<CatalogItemIssuesConnectionType>("itemIssues")
            .Description("The items with validation issues, one page per items_issues/list call (empty until the processing is COMPLETED).")
            .Paged()
            .RequiresScopes(PinterestScopes.CatalogsRead)
            .UpstreamCost(ConnectionPaging.PageCost)
            .UpstreamCategory(UpstreamCategories.CatalogsRead)
            .ResolveAsync(async c => await ConnectionPaging.PageAsync(c, (page, ct) =>
                c.Pinterest().Catalogs.ListItemIssuesAsync(c.Source.Id, new ListItemIssuesRequest { Page = page }, cancellationToken: ct)));
    }
}

/// <summary>A code and how many items it concerns.</summary>
public sealed record CatalogIssueCount(string Code, int Count)
{
    public static IReadOnlyList<CatalogIssueCount> Of(IReadOnlyDictionary<string, int>? counts) =>
        counts is null ? [] : [.. counts.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new CatalogIssueCount(p.Key, p.Value))];
}

public sealed class CatalogIssueCountType : ObjectGraphType<CatalogIssueCount>
{
    public CatalogIssueCountType()
    {
        Name = "CatalogIssueCount";
        Description = "A Pinterest code (an issue, or an availability) and its item count.";
        Field(x => x.Code).Description("Pinterest's code, e.g. TITLE_MISSING.");
        Field(x => x.Count).Description("Items concerned.");
    }
}
