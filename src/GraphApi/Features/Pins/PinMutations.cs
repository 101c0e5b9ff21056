using GraphApi.Execution.Cost;
using GraphApi.Execution.Scopes;
using GraphApi.Features.Boards;
using GraphApi.Pinterest;
using GraphApi.Pinterest.OAuth;
using GraphApi.Pinterest.Patching;
using GraphApi.Pinterest.Pins;
using GraphApi.Schema;
using GraphApi.Schema.Mutations;
using GraphApi.Schema.Mutations.Idempotency;
using GraphApi.Schema.Relay;
using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;

namespace GraphApi.Features.Pins;

/// <summary>
/// One field per Pinterest pin write. Payloads carry the entity from the write's own response (and prime the
/// loaders with it) rather than a pending load: the serial mutation strategy would only resolve such loads after
/// every root mutation field ran, so a later field's write could leak into an earlier field's payload.
/// </summary>
internal sealed class PinMutations : IMutationFields
{
    private static readonly string[] WriteScopes = [PinterestScopes.BoardsRead, PinterestScopes.BoardsWrite, PinterestScopes.PinsRead, PinterestScopes.PinsWrite];

    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<CreatePinPayloadType>>("createPin")
            .Description("Creates a pin on one of the user's boards, from any media source. Board pinCount may lag until Pinterest updates it.")
            .Argument<NonNullGraphType<CreatePinInputType>>("input", "The new pin.")
            .RequiresScopes(WriteScopes)
            .UpstreamCost(UpstreamCost.OneCall)
            .OnScopeDenied((code, message) => new PinPayload(null, [UserErrors.FromDenial(code, message)]))
            .Resolve().WithService<IPinterestClient>()
            .ResolveAsync(async (c, pinterest) => await CreateAsync(c, pinterest, c.GetArgument<CreatePinInput>("input")));

        mutation.Field<NonNullGraphType<UpdatePinPayloadType>>("updatePin")
            .Description("Changes a pin's text, link, board or section; omitted fields stay as they are, null clears title, description, link, altText or boardSectionId.")
            .Argument<NonNullGraphType<UpdatePinInputType>>("input", "The changes.")
            .RequiresScopes(WriteScopes)
            .UpstreamCost(UpstreamCost.OneCall)
            .OnScopeDenied((code, message) => new PinPayload(null, [UserErrors.FromDenial(code, message)]))
            .Resolve().WithService<IPinterestClient>()
            .ResolveAsync(async (c, pinterest) => await UpdateAsync(c, pinterest, c.GetArgument<UpdatePinInput>("input")));

        mutation.Field<NonNullGraphType<DeletePinPayloadType>>("deletePin")
            .Description("Deletes one of the user's pins.")
            .Argument<NonNullGraphType<DeletePinInputType>>("input", "The pin to delete.")
            .RequiresScopes(WriteScopes)
            .UpstreamCost(UpstreamCost.OneCall)
            .OnScopeDenied((code, message) => new DeletedPayload(null, [UserErrors.FromDenial(code, message)]))
            .Resolve().WithService<IPinterestClient>()
            .ResolveAsync(async (c, pinterest) => await DeleteAsync(c, pinterest, c.GetArgument<DeletePinInput>("input")));

        mutation.Field<NonNullGraphType<SavePinPayloadType>>("savePin")
            .Description("Saves (repins) a pin to one of the user's boards.")
            .Argument<NonNullGraphType<SavePinInputType>>("input", "The pin and where to save it.")
            .RequiresScopes(WriteScopes)
            .UpstreamCost(UpstreamCost.OneCall)
            .OnScopeDenied((code, message) => new PinPayload(null, [UserErrors.FromDenial(code, message)]))
            .Resolve().WithService<IPinterestClient>()
            .ResolveAsync(async (c, pinterest) => await SaveAsync(c, pinterest, c.GetArgument<SavePinInput>("input")));
    }

    private static Task<PinPayload> CreateAsync(IResolveFieldContext c, IPinterestClient pinterest, CreatePinInput input)
    {
        var checks = new InputChecks();
        var boardId = checks.PinterestId("boardId", input.BoardId, NodeTypes.Board);
        var sectionId = checks.PinterestId("boardSectionId", input.BoardSectionId, NodeTypes.BoardSection);
        checks.Text(input.Title, input.Description, input.Link, input.AltText).Color(input.DominantColor);
        IdempotentCreate.CheckKey(input.IdempotencyKey, checks);
        var media = PinMediaSourceMapper.Map(input.MediaSource, checks);
        return MutationRunner.RunAsync(checks.Errors, errors => new PinPayload(null, errors), async () =>
        {
            var result = await IdempotentCreate.RunAsync(c, "createPin", input.IdempotencyKey,
                () => new IdempotencyFingerprint("createPin")
                    .Add("boardId", boardId).Add("boardSectionId", sectionId)
                    .Add("title", input.Title).Add("description", input.Description).Add("link", input.Link).Add("altText", input.AltText)
                    // An uploaded file is its bytes' SHA-256 in this JSON (UploadedFile's converter), never its name or temp path.
                    .Add("dominantColor", input.DominantColor).AddJson("mediaSource", input.MediaSource).Hash(),
                async () => await pinterest.Pins.CreateAsync(new CreatePinRequest
                {
                    BoardId = boardId!,
                    BoardSectionId = sectionId,
                    Title = input.Title,
                    Description = input.Description,
                    Link = input.Link,
                    AltText = input.AltText,
                    DominantColor = input.DominantColor,
                    MediaSource = await media!.BuildAsync(c.CancellationToken),
                }, cancellationToken: c.CancellationToken),
                id => pinterest.Pins.GetAsync(id, cancellationToken: c.CancellationToken),
                p => p.Id,
                search => PinReconciliation.FindAsync(pinterest.Boards, boardId!, sectionId, input, search));
            Prime(c, result.Value);
            return new PinPayload(result.Value, [], result.Replayed);
        });
    }

    private static Task<PinPayload> UpdateAsync(IResolveFieldContext c, IPinterestClient pinterest, UpdatePinInput input)
    {
        var checks = new InputChecks();
        var pinId = checks.PinterestId("pinId", input.PinId, NodeTypes.Pin);
        checks.NotCleared("boardId", input.BoardId);
        var boardId = checks.PinterestId("boardId", input.BoardId.ValueOrDefault, NodeTypes.Board);
        var sectionId = input.BoardSectionId.HasValue
            ? Patch.OmitIfNull(checks.PinterestId("boardSectionId", input.BoardSectionId.Value, NodeTypes.BoardSection))
            : input.BoardSectionId;
        checks.Text(input.Title.ValueOrDefault, input.Description.ValueOrDefault, input.Link.ValueOrDefault, input.AltText.ValueOrDefault);
        return MutationRunner.RunAsync(checks.Errors, errors => new PinPayload(null, errors), async () =>
        {
            var pin = await pinterest.Pins.UpdateAsync(pinId!, new UpdatePinRequest
            {
                Title = input.Title,
                Description = input.Description,
                Link = input.Link,
                AltText = input.AltText,
                BoardId = boardId,
                BoardSectionId = sectionId,
            }, cancellationToken: c.CancellationToken);
            Prime(c, pin);
            return new PinPayload(pin, []);
        });
    }

    private static Task<DeletedPayload> DeleteAsync(IResolveFieldContext c, IPinterestClient pinterest, DeletePinInput input)
    {
        var checks = new InputChecks();
        var pinId = checks.PinterestId("pinId", input.PinId, NodeTypes.Pin);
        return MutationRunner.RunAsync(checks.Errors, errors => new DeletedPayload(null, errors), async () =>
        {
            await pinterest.Pins.DeleteAsync(pinId!, cancellationToken: c.CancellationToken);
            c.Service<PinsByIdDataLoader>().Clear(pinId!);
            return new DeletedPayload(GlobalId.Encode(NodeTypes.Pin, pinId!), []);
        });
    }

    private static Task<PinPayload> SaveAsync(IResolveFieldContext c, IPinterestClient pinterest, SavePinInput input)
    {
        var checks = new InputChecks();
        var pinId = checks.PinterestId("pinId", input.PinId, NodeTypes.Pin);
        var boardId = checks.PinterestId("boardId", input.BoardId, NodeTypes.Board);
        var sectionId = checks.PinterestId("boardSectionId", input.BoardSectionId, NodeTypes.BoardSection);
        return MutationRunner.RunAsync(checks.Errors, errors => new PinPayload(null, errors), async () =>
        {
            var pin = await pinterest.Pins.SaveAsync(pinId!, new SavePinRequest { BoardId = boardId, BoardSectionId = sectionId }, cancellationToken: c.CancellationToken);
            Prime(c, pin);
            return new PinPayload(pin, []);
        });
    }

    /// <summary>The written pin is the freshest copy; its board's counts are not, so the cached board is dropped.</summary>
    private static void Prime(IResolveFieldContext c, Pin pin)
    {
        c.Service<PinsByIdDataLoader>().Prime(pin.Id, pin);
        if (pin.BoardId is { } boardId)
        {
            c.Service<BoardsByIdDataLoader>().Clear(boardId);
        }
    }
}
