using GraphApi.Execution.Cost;
using GraphApi.Execution.Scopes;
using GraphApi.Pinterest.OAuth;
using GraphApi.Schema;
using GraphApi.Schema.Relay;
using GraphQL;
using GraphQL.Types;

namespace GraphApi.Features.Ads;

internal sealed class AdsQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query) =>
        query.Field<AdAccountType>("adAccount")
            .Description("An ad account by its global ID or Pinterest ID; null with an error when Pinterest has none the user may see.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The ad account's global ID or Pinterest ID.")
            .RequiresScopes(PinterestScopes.AdsRead)
            .UpstreamCost(UpstreamCost.ArgumentKeyHandle(a => NodeCostKeys.Of(a.GetString("id"), NodeTypes.AdAccount)))
            .UpstreamCategory(UpstreamCategories.AdsRead)
            .Resolve(c => AdAccountType.Handle(c, GlobalId.RequirePinterestId(c.GetArgument<string>("id"), NodeTypes.AdAccount, "id")));
}
