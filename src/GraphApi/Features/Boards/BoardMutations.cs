using GraphApi.Execution.Cost;
using GraphApi.Execution.Scopes;
using GraphApi.Features.Pins;
using GraphApi.Pinterest;
using GraphApi.Pinterest.Boards;
using GraphApi.Pinterest.OAuth;
using GraphApi.Schema;
using GraphApi.Schema.Mutations;
using GraphApi.Schema.Mutations.Idempotency;
using GraphApi.Schema.Relay;
using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;

namespace GraphApi.Features.Boards;

/// <summary>One field per Pinterest board write; payloads use the write's response (see PinMutations for why).</summary>
internal sealed class BoardMutations : IMutationFields
{
    private static readonly string[] WriteScopes = [PinterestScopes.BoardsRead, PinterestScopes.BoardsWrite];

    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<CreateBoardPayloadType>>("createBoard")
            .Description("Creates a board for the user.")
            .Argument<NonNullGraphType<CreateBoardInputType>>("input", "The new board.")
            .RequiresScopes(WriteScopes)
            .UpstreamCost(UpstreamCost.OneCall)
            .OnScopeDenied((code, message) => new BoardPayload(null, [UserErrors.FromDenial(code, message)]))
            .Resolve().WithService<IPinterestClient>()
            .ResolveAsync(async (c, pinterest) => await CreateAsync(c, pinterest, c.GetArgument<CreateBoardInput>("input")));

        mutation.Field<NonNullGraphType<UpdateBoardPayloadType>>("updateBoard")
            .Description("Renames a board or changes its description or privacy; omitted fields stay as they are, a null description clears it.")
            .Argument<NonNullGraphType<UpdateBoardInputType>>("input", "The changes.")
            .RequiresScopes(WriteScopes)
            .UpstreamCost(UpstreamCost.OneCall)
            .OnScopeDenied((code, message) => new BoardPayload(null, [UserErrors.FromDenial(code, message)]))
            .Resolve().WithService<IPinterestClient>()
            .ResolveAsync(async (c, pinterest) => await UpdateAsync(c, pinterest, c.GetArgument<UpdateBoardInput>("input")));

        mutation.Field<NonNullGraphType<DeleteBoardPayloadType>>("deleteBoard")
            .Description("Deletes a board and its pins.")
            .Argument<NonNullGraphType<DeleteBoardInputType>>("input", "The board to delete.")
            .RequiresScopes(WriteScopes)
            .UpstreamCost(UpstreamCost.OneCall)
            .OnScopeDenied((code, message) => new DeletedPayload(null, [UserErrors.FromDenial(code, message)]))
            .Resolve().WithService<IPinterestClient>()
            .ResolveAsync(async (c, pinterest) => await DeleteAsync(c, pinterest, c.GetArgument<DeleteBoardInput>("input")));
    }

    private static Task<BoardPayload> CreateAsync(IResolveFieldContext c, IPinterestClient pinterest, CreateBoardInput input)
    {
        var checks = new InputChecks().Length("name", input.Name, 1, PinterestLimits.BoardNameMaxLength).MaxLength("description", input.Description, PinterestLimits.BoardDescriptionMaxLength);
        IdempotentCreate.CheckKey(input.IdempotencyKey, checks);
        var boards = pinterest.Boards;
        return MutationRunner.RunAsync(checks.Errors, errors => new BoardPayload(null, errors), async () =>
        {
            var result = await IdempotentCreate.RunAsync(c, "createBoard", input.IdempotencyKey,
                () => new IdempotencyFingerprint("createBoard").Add("name", input.Name).Add("description", input.Description).Add("privacy", input.Privacy).Hash(),
                () => boards.CreateAsync(new CreateBoardRequest { Name = input.Name, Description = input.Description, Privacy = input.Privacy }, cancellationToken: c.CancellationToken),
                id => boards.GetAsync(id, cancellationToken: c.CancellationToken),
                b => b.Id,
                search => BoardReconciliation.FindBoardAsync(boards, input, search));
            c.Service<BoardsByIdDataLoader>().Prime(result.Value.Id, result.Value);
            return new BoardPayload(result.Value, [], result.Replayed);
        });
    }

    private static Task<BoardPayload> UpdateAsync(IResolveFieldContext c, IPinterestClient pinterest, UpdateBoardInput input)
    {
        var checks = new InputChecks();
        var boardId = checks.PinterestId("boardId", input.BoardId, NodeTypes.Board);
        checks.NotCleared("name", input.Name).NotCleared("privacy", input.Privacy);
        checks.MaxLength("description", input.Description.ValueOrDefault, PinterestLimits.BoardDescriptionMaxLength);
        if (input.Name.HasValue)
        {
            checks.Length("name", input.Name.Value, 1, PinterestLimits.BoardNameMaxLength);
        }

        if (input.Privacy.ValueOrDefault == BoardPrivacy.Protected)
        {
            checks.Fail("privacy", "Pinterest only switches a board to PUBLIC or SECRET.");
        }

        return MutationRunner.RunAsync(checks.Errors, errors => new BoardPayload(null, errors), async () =>
        {
            var request = new UpdateBoardRequest { Name = input.Name.ValueOrDefault, Description = input.Description, Privacy = input.Privacy.ValueOrDefault };
            var board = await pinterest.Boards.UpdateAsync(boardId!, request, cancellationToken: c.CancellationToken);
            c.Service<BoardsByIdDataLoader>().Prime(board.Id, board);
            return new BoardPayload(board, []);
        });
    }

    private static Task<DeletedPayload> DeleteAsync(IResolveFieldContext c, IPinterestClient pinterest, DeleteBoardInput input)
    {
        var checks = new InputChecks();
        var boardId = checks.PinterestId("boardId", input.BoardId, NodeTypes.Board);
        return MutationRunner.RunAsync(checks.Errors, errors => new DeletedPayload(null, errors), async () =>
        {
            await pinterest.Boards.DeleteAsync(boardId!, cancellationToken: c.CancellationToken);
            c.Service<BoardsByIdDataLoader>().Clear(boardId!);
            return new DeletedPayload(GlobalId.Encode(NodeTypes.Board, boardId!), []);
        });
    }
}
