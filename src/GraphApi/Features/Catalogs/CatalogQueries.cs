using GraphApi.Execution.Cost;
using GraphApi.Execution.Scopes;
using GraphApi.Pinterest.OAuth;
using GraphApi.Schema;
using GraphApi.Schema.Relay;
using GraphQL;
using GraphQL.Types;

namespace GraphApi.Features.Catalogs;

internal sealed class CatalogQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query) =>
        query.Field<CatalogType>("catalog")
            .Description("A catalog by its global ID or Pinterest ID; null with an error when the user has none with that ID. Found through catalogs/list (Pinterest has no catalogs/get).")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The catalog's global ID or Pinterest ID.")
            .RequiresScopes(PinterestScopes.CatalogsRead)
            .UpstreamCost(UpstreamCost.ArgumentKeyHandle(a => NodeCostKeys.Of(a.GetString("id"), NodeTypes.Catalog)))
            .UpstreamCategory(UpstreamCategories.CatalogsRead)
            .Resolve(c => CatalogType.Handle(c, GlobalId.RequirePinterestId(c.GetArgument<string>("id"), NodeTypes.Catalog, "id")));
}
