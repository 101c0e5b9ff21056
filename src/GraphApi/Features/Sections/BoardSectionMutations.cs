using GraphApi.Execution.Cost;
using GraphApi.Execution.Scopes;
using GraphApi.Features.Boards;
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

namespace GraphApi.Features.Sections;

/// <summary>One field per Pinterest board-section write.</summary>
internal sealed class BoardSectionMutations : IMutationFields
{
    private static readonly string[] WriteScopes = [PinterestScopes.BoardsRead, PinterestScopes.BoardsWrite];

    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<CreateBoardSectionPayloadType>>("createBoardSection")
            .Description("Adds a section to one of the user's boards.")
            .Argument<NonNullGraphType<CreateBoardSectionInputType>>("input", "The board and the section's name.")
            .RequiresScopes(WriteScopes)
            .UpstreamCost(UpstreamCost.OneCall)
            .OnScopeDenied((code, message) => new BoardSectionPayload(null, [UserErrors.FromDenial(code, message)]))
            .Resolve().WithService<IPinterestClient>()
            .ResolveAsync(async (c, pinterest) =>
            {
                var input = c.GetArgument<CreateBoardSectionInput>("input");
                var checks = new InputChecks();
                var boardId = checks.PinterestId("boardId", input.BoardId, NodeTypes.Board);
                checks.Length("name", input.Name, 1, PinterestLimits.SectionNameMaxLength);
                IdempotentCreate.CheckKey(input.IdempotencyKey, checks);
                return await MutationRunner.RunAsync(checks.Errors, errors => new BoardSectionPayload(null, errors), async () =>
                {
                    // Pinterest has no GET for one section: a replay finds it in the board's section list.
                    var result = await IdempotentCreate.RunAsync(c, "createBoardSection", input.IdempotencyKey,
                        () => new IdempotencyFingerprint("createBoardSection").Add("boardId", boardId).Add("name", input.Name).Hash(),
                        () => pinterest.BoardSections.CreateAsync(boardId!, new CreateBoardSectionRequest { Name = input.Name }, cancellationToken: c.CancellationToken),
                        async id => (await c.Service<BoardSectionsByIdDataLoader>().Load((boardId!, id)).GetResultAsync(c.CancellationToken))?.Section
                            ?? throw new Pinterest.Errors.PinterestNotFoundException("The section created under this idempotency key no longer exists."),
                        s => s.Id,
                        search => BoardReconciliation.FindSectionAsync(pinterest.BoardSections, boardId!, input.Name, search));
                    return new BoardSectionPayload(Remember(c, boardId!, result.Value), [], result.Replayed);
                });
            });

        mutation.Field<NonNullGraphType<UpdateBoardSectionPayloadType>>("updateBoardSection")
            .Description("Renames a board section.")
            .Argument<NonNullGraphType<UpdateBoardSectionInputType>>("input", "The section and its new name.")
            .RequiresScopes(WriteScopes)
            .UpstreamCost(UpstreamCost.OneCall)
            .OnScopeDenied((code, message) => new BoardSectionPayload(null, [UserErrors.FromDenial(code, message)]))
            .Resolve().WithService<IPinterestClient>()
            .ResolveAsync(async (c, pinterest) =>
            {
                var input = c.GetArgument<UpdateBoardSectionInput>("input");
                var checks = new InputChecks();
                var boardId = checks.PinterestId("boardId", input.BoardId, NodeTypes.Board);
                var sectionId = checks.PinterestId("sectionId", input.SectionId, NodeTypes.BoardSection);
                checks.Length("name", input.Name, 1, PinterestLimits.SectionNameMaxLength);
                return await MutationRunner.RunAsync(checks.Errors, errors => new BoardSectionPayload(null, errors), async () =>
                {
                    var section = await pinterest.BoardSections.UpdateAsync(boardId!, sectionId!, new UpdateBoardSectionRequest { Name = input.Name }, cancellationToken: c.CancellationToken);
                    return new BoardSectionPayload(Remember(c, boardId!, section), []);
                });
            });

        mutation.Field<NonNullGraphType<DeleteBoardSectionPayloadType>>("deleteBoardSection")
            .Description("Deletes a board section; Pinterest moves its pins to the board.")
            .Argument<NonNullGraphType<DeleteBoardSectionInputType>>("input", "The section to delete.")
            .RequiresScopes(WriteScopes)
            .UpstreamCost(UpstreamCost.OneCall)
            .OnScopeDenied((code, message) => new DeletedPayload(null, [UserErrors.FromDenial(code, message)]))
            .Resolve().WithService<IPinterestClient>()
            .ResolveAsync(async (c, pinterest) =>
            {
                var input = c.GetArgument<DeleteBoardSectionInput>("input");
                var checks = new InputChecks();
                var boardId = checks.PinterestId("boardId", input.BoardId, NodeTypes.Board);
                var sectionId = checks.PinterestId("sectionId", input.SectionId, NodeTypes.BoardSection);
                return await MutationRunner.RunAsync(checks.Errors, errors => new DeletedPayload(null, errors), async () =>
                {
                    await pinterest.BoardSections.DeleteAsync(boardId!, sectionId!, cancellationToken: c.CancellationToken);
                    c.Service<BoardSectionsByIdDataLoader>().Clear((boardId!, sectionId!));
                    return new DeletedPayload(GlobalId.Encode(NodeTypes.BoardSection, SectionKey.Format(boardId!, sectionId!)), []);
                });
            });
    }

    private static BoardSectionNode Remember(IResolveFieldContext c, string boardId, BoardSection section)
    {
        var node = new BoardSectionNode(boardId, section);
        c.Service<BoardSectionsByIdDataLoader>().Prime((boardId, section.Id), node);
        return node;
    }
}
