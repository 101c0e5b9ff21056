using GraphApi.Execution.Cost;
using GraphApi.Execution.Errors;
using GraphApi.Execution.Scopes;
using GraphApi.Pinterest.OAuth;
using GraphApi.Schema;
using GraphApi.Schema.Relay;
using GraphQL;
using GraphQL.Types;

namespace GraphApi.Features.Catalogs;

internal sealed class CatalogQueries : IQueryFields
{
    /// <summary>Report tokens are short opaque strings; a longer one is refused before any call.</summary>
    public const int MaxReportTokenLength = 200;

    public void AddTo(ObjectGraphType query)
    {
        query.Field<CatalogType>("catalog")
            .Description("A catalog by its global ID or Pinterest ID; null with an error when the user has none with that ID. Found through catalogs/list (Pinterest has no catalogs/get).")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The catalog's global ID or Pinterest ID.")
            .RequiresScopes(PinterestScopes.CatalogsRead)
            .UpstreamCost(UpstreamCost.ArgumentKeyHandle(a => NodeCostKeys.Of(a.GetString("id"), NodeTypes.Catalog)))
            .UpstreamCategory(UpstreamCategories.CatalogsRead)
            .Resolve(c => CatalogType.Handle(c, GlobalId.RequirePinterestId(c.GetArgument<string>("id"), NodeTypes.Catalog, "id")));
        query.Field<CatalogFeedType>("catalogFeed")
            .Description("A catalog feed by its global ID or Pinterest ID; null with an error when the user has none with that ID.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The feed's global ID or Pinterest ID.")
            .RequiresScopes(PinterestScopes.CatalogsRead)
            .UpstreamCost(UpstreamCost.ArgumentKeyHandle(a => NodeCostKeys.Of(a.GetString("id"), NodeTypes.CatalogFeed)))
            .UpstreamCategory(UpstreamCategories.CatalogsRead)
            .Resolve(c => CatalogFeedType.Handle(c, GlobalId.RequirePinterestId(c.GetArgument<string>("id"), NodeTypes.CatalogFeed, "id")));
        query.Field<CatalogReportType>("catalogReport")
            .Description("Polls a report createCatalogReport started: IN_PROGRESS, then FINISHED with its URL. Each read is one Pinterest call.")
            .Argument<NonNullGraphType<StringGraphType>>("token", "The token createCatalogReport returned.")
            .RequiresScopes(PinterestScopes.CatalogsRead)
            .UpstreamCost(UpstreamCost.OneCall)
            .UpstreamCategory(UpstreamCategories.CatalogsRead)
            .ResolveAsync(async c =>
            {
                var token = c.GetArgument<string>("token");
                if (token.Length is 0 or > MaxReportTokenLength)
                {
                    throw new ExecutionError($"`token` must be 1 to {MaxReportTokenLength} characters.") { Code = ErrorCodes.InvalidArgument };
                }

                return new CatalogReportStatus(token, await c.Pinterest().Catalogs.GetReportAsync(token, cancellationToken: c.CancellationToken));
            });
    }
}
