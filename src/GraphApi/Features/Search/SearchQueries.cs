using GraphApi.Execution.Cost;
using GraphApi.Execution.Errors;
using GraphApi.Execution.Scopes;
using GraphApi.Features.Boards;
using GraphApi.Features.Pins;
using GraphApi.Pinterest;
using GraphApi.Pinterest.OAuth;
using GraphApi.Pinterest.Search;
using GraphApi.Schema;
using GraphApi.Schema.Relay;
using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;

namespace GraphApi.Features.Search;

/// <summary>Search over the signed-in user's own boards and pins.</summary>
internal sealed class SearchQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Field<BoardConnectionType>("searchBoards")
            .Description("The user's boards matching a query.")
            .Argument<NonNullGraphType<StringGraphType>>("query", "Words to match.")
            .Paged()
            .RequiresScopes(PinterestScopes.BoardsRead, PinterestScopes.BoardsReadSecret)
            .UpstreamCost(ConnectionPaging.PageCost)
            .Resolve().WithService<IPinterestClient>()
            .ResolveAsync(async (c, pinterest) => await ConnectionPaging.PageAsync(c, (page, ct) =>
                pinterest.Search.SearchBoardsAsync(new SearchBoardsRequest { Query = Query(c), Page = page }, ct)));

        // Pinterest's pin search takes no page size: `first` slices the page it returns.
        query.Field<PinConnectionType>("searchPins")
            .Description("The user's pins matching a query.")
            .Argument<NonNullGraphType<StringGraphType>>("query", "Words to match.")
            .Paged()
            .RequiresScopes(PinterestScopes.BoardsRead, PinterestScopes.BoardsReadSecret, PinterestScopes.PinsRead, PinterestScopes.PinsReadSecret)
            .UpstreamCost(ConnectionPaging.PageCost)
            .Resolve().WithService<IPinterestClient>()
            .ResolveAsync(async (c, pinterest) => await ConnectionPaging.PageAsync(c, (page, ct) =>
                pinterest.Search.SearchPinsAsync(new SearchPinsRequest { Query = Query(c), Bookmark = page.Bookmark }, ct)));
    }

    private static string Query(IResolveFieldContext c) =>
        c.GetArgument<string>("query") is { Length: > 0 and <= 300 } text && !string.IsNullOrWhiteSpace(text)
            ? text.Trim()
            : throw new ExecutionError("`query` must be 1–300 characters.") { Code = ErrorCodes.InvalidArgument };
}
