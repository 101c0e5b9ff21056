using GraphApi.Execution.Cost;
using GraphApi.Execution.Scopes;
using GraphApi.Pinterest.OAuth;
using GraphApi.Schema;
using GraphApi.Schema.Relay;
using GraphQL;
using GraphQL.Types;

namespace GraphApi.Features.Pins;

internal sealed class PinQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query) =>
        query.Field<PinType>("pin")
            .Description("A pin by its global ID or Pinterest ID; null with NOT_FOUND when Pinterest has none visible to the user.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The pin's global ID or Pinterest ID.")
            .RequiresScopes(PinterestScopes.BoardsRead, PinterestScopes.PinsRead)
            .UpstreamCost(UpstreamCost.ArgumentKeyHandle(a => NodeCostKeys.Of(a.GetString("id"), NodeTypes.Pin)))
            .Resolve(c => PinType.Handle(c, GlobalId.RequirePinterestId(c.GetArgument<string>("id"), NodeTypes.Pin, "id")));
}
