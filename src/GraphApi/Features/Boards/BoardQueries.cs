using GraphApi.Execution.Cost;
using GraphApi.Execution.Scopes;
using GraphApi.Pinterest.OAuth;
using GraphApi.Schema;
using GraphApi.Schema.Relay;
using GraphQL;
using GraphQL.Types;

namespace GraphApi.Features.Boards;

internal sealed class BoardQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query) =>
        query.Field<BoardType>("board")
            .Description("A board by its global ID or Pinterest ID; null with NOT_FOUND when Pinterest has none visible to the user.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The board's global ID or Pinterest ID.")
            .RequiresScopes(PinterestScopes.BoardsRead)
            .UpstreamCost(UpstreamCost.ArgumentKeyHandle(a => NodeCostKeys.Of(a.GetString("id"), NodeTypes.Board)))
            .Resolve(c => BoardType.Handle(c, GlobalId.RequirePinterestId(c.GetArgument<string>("id"), NodeTypes.Board, "id")));
}
