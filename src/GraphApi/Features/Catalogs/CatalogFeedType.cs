using GraphApi.DataLoading;
using GraphApi.Execution.Cost;
using GraphApi.Execution.Scopes;
using GraphApi.Pinterest.Catalogs;
using GraphApi.Pinterest.OAuth;
using GraphApi.Schema;
using GraphApi.Schema.Relay;
using GraphQL;
using GraphQL.Types;

namespace GraphApi.Features.Catalogs;

/// <summary>
/// A catalog feed: the file Pinterest downloads a catalog's items from, and its processings. Its download credentials
/// are never exposed (nor read by the client): only whether it has any.
/// </summary>
public sealed class CatalogFeedType : ObjectGraphType<CatalogFeed>
{
    public CatalogFeedType()
    {
        Name = "CatalogFeed";
        Description = "A catalog's feed file and how Pinterest processes it. Every field needs catalogs:read.";
        Interface<NodeInterface>();
        IsTypeOf = source => source is CatalogFeed or EntityHandle<string, CatalogFeed>;
        Field<NonNullGraphType<IdGraphType>>("id").Description("Opaque global ID (use with node(id)).")
            .ResolveKeyOnly(c => GlobalId.Encode(NodeTypes.CatalogFeed, KeyOf(c.Source)));
        Field<NonNullGraphType<StringGraphType>>("pinterestId").Description("Pinterest's own feed ID.").ResolveKeyOnly(c => KeyOf(c.Source));
        Field<CatalogType>("catalog").Description("The catalog the feed fills (null for a retail feed Pinterest files under the default catalog).")
            .Resolve(c => c.Source.CatalogId is { } id ? CatalogType.Handle(c, id) : null);
        Field(f => f.Name, nullable: true).Description("The feed's name.");
        Field<CatalogVerticalEnumType>("catalogType").Description("The feed's vertical.").Resolve(c => c.Source.CatalogType);
        Field(f => f.Format, nullable: true).Description("TSV, CSV or XML.");
        Field(f => f.Location, nullable: true).Description("The URL Pinterest downloads the feed from.");
        Field(f => f.Status, nullable: true).Description("ACTIVE or INACTIVE.");
        Field(f => f.DefaultLocale, nullable: true).Description("The locale of the feed's texts, e.g. en-US.");
        Field(f => f.DefaultCountry, nullable: true).Description("Default country (ISO 3166-1 alpha-2); hotel feeds have none.");
        Field(f => f.DefaultCurrency, nullable: true).Description("Default currency (ISO 4217).");
        Field(f => f.DefaultAvailability, nullable: true).Description("Retail feeds: IN_STOCK, OUT_OF_STOCK or PREORDER.");
        Field<StringGraphType>("scheduleTime").Description("Preferred daily processing time (HH:MM), when set.").Resolve(c => c.Source.PreferredProcessingSchedule?.Time);
        Field<StringGraphType>("scheduleTimezone").Description("The time zone of scheduleTime.").Resolve(c => c.Source.PreferredProcessingSchedule?.Timezone);
        Field<NonNullGraphType<BooleanGraphType>>("hasCredentials").Description("Whether Pinterest downloads the file with a username and password (never shown).")
            .Resolve(c => c.Source.Credentials is not null);
        Field<DateTimeGraphType>("createdAt").Description("When the feed was created (UTC).").Resolve(c => c.Source.CreatedAt?.UtcDateTime);
        Field<DateTimeGraphType>("updatedAt").Description("When the feed last changed (UTC).").Resolve(c => c.Source.UpdatedAt?.UtcDateTime);
        Field<FeedProcessingResultConnectionType>("processingResults")
            .Description("The feed's processings, newest first: poll processingResults(first: 1) after ingestCatalogFeed until its status is not PROCESSING.")
            .Paged()
            .RequiresScopes(PinterestScopes.CatalogsRead)
            .UpstreamCost(ConnectionPaging.PageCost)
            .UpstreamCategory(UpstreamCategories.CatalogsRead)
            .ResolveKeyOnlyAsync(async c => await ConnectionPaging.PageAsync(c, (page, ct) =>
                c.Pinterest().Catalogs.ListProcessingResultsAsync(KeyOf(c.Source), page, cancellationToken: ct)));
        this.ResolveDataThroughHandles();
    }

    /// <summary>A feed by Pinterest ID, loaded (feeds/get) only if a field needs more than its ID.</summary>
    public static EntityHandle<string, CatalogFeed> Handle(IResolveFieldContext context, string id) =>
        new(id, context.Service<CatalogFeedsByIdDataLoader>());

    public static string KeyOf(object? source) => HandleFields.KeyOf<string, CatalogFeed>(source, f => f.Id);
}
