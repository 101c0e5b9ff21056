using GraphApi.DataLoading;
using GraphApi.Execution.Cost;
using GraphApi.Execution.Scopes;
using GraphApi.Pinterest.Catalogs.ProductGroups;
using GraphApi.Pinterest.OAuth;
using GraphApi.Schema;
using GraphApi.Schema.Relay;
using GraphQL;
using GraphQL.Types;

namespace GraphApi.Features.Catalogs;

/// <summary>
/// <c>Catalog.productGroups</c> (a page of the catalog's groups, optionally only some IDs) and
/// <c>Catalog.productGroup(id)</c> (through <see cref="ProductGroupsByIdDataLoader"/>: every such field of a document
/// shares calls of up to 250 IDs). Listed groups prime the loader, so a group listed and asked by ID costs one call.
/// </summary>
public sealed partial class CatalogType
{
    /// <summary>IDs the <c>productGroups(ids:)</c> filter takes: one page holds them all.</summary>
    public const int MaxProductGroupIds = ProductGroupsByIdDataLoader.IdsPerCall;

    partial void AddProductGroupsFields()
    {
        Field<ProductGroupConnectionType>("productGroups")
            .Description($"The catalog's product groups (one call per page); `ids` keeps only those (up to {MaxProductGroupIds}).")
            .Paged()
            .Argument<ListGraphType<NonNullGraphType<IdGraphType>>>("ids", $"Only these product groups (global or Pinterest IDs, up to {MaxProductGroupIds}).")
            .RequiresScopes(PinterestScopes.CatalogsRead)
            .UpstreamCost(ConnectionPaging.PageCost)
            .UpstreamCategory(UpstreamCategories.CatalogsRead)
            .ResolveKeyOnlyAsync(ProductGroupsAsync);
        Field<ProductGroupType>("productGroup")
            .Description($"A product group by ID; null when Pinterest returns none (looked up with others in one call per {ProductGroupsByIdDataLoader.IdsPerCall}).")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The product group's global or Pinterest ID.")
            .RequiresScopes(PinterestScopes.CatalogsRead)
            .UpstreamCost(UpstreamCost.Batched(ProductGroupsByIdDataLoader.IdsPerCall))
            .UpstreamCategory(UpstreamCategories.CatalogsRead)
            .ResolveKeyOnly(c => c.Service<ProductGroupsByIdDataLoader>()
                .Load(GlobalId.RequirePinterestId(c.GetArgument<string>("id"), NodeTypes.ProductGroup, "id")));
    }

    private static async Task<object?> ProductGroupsAsync(IResolveFieldContext context)
    {
        var catalogId = KeyOf(context.Source);
        var ids = context.GetArgument<List<string>?>("ids")?.Select(id => GlobalId.RequirePinterestId(id, NodeTypes.ProductGroup, "ids")).Distinct(StringComparer.Ordinal).ToList();
        if (ids is { Count: 0 or > MaxProductGroupIds })
        {
            throw new ExecutionError($"`ids` takes 1–{MaxProductGroupIds} product group IDs, not {ids.Count}.") { Code = Execution.Errors.ErrorCodes.InvalidArgument };
        }

        var connection = await ConnectionPaging.PageAsync(context, (page, ct) =>
            context.Pinterest().ProductGroups.ListAsync(new ListProductGroupsRequest { CatalogId = catalogId, Ids = ids, Page = page }, ct));
        var loader = context.Service<ProductGroupsByIdDataLoader>();
        foreach (var edge in connection.Edges)
        {
            loader.Prime(edge.Node.Id, edge.Node);
        }

        return connection;
    }
}
