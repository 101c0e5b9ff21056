using GraphApi.Features.Sections;
using GraphApi.Pinterest.Boards;
using GraphApi.Schema.Mutations;
using GraphQL.Types;

namespace GraphApi.Features.Boards;

public sealed record BoardPayload(Board? Board, IReadOnlyList<UserError> Errors, bool Replayed = false) : IPayload;

public abstract class BoardPayloadType : PayloadType<BoardPayload>
{
    protected BoardPayloadType(string name, string description)
        : base(name, description) =>
        Field<BoardType>("board").Description("The board as Pinterest returned it from the write; null on failure.").Resolve(c => c.Source.Board);
}

public sealed class CreateBoardPayloadType : BoardPayloadType
{
    public CreateBoardPayloadType()
        : base("CreateBoardPayload", "The result of createBoard.") =>
        Field<NonNullGraphType<BooleanGraphType>>("replayed").Description("True when this is the object an earlier request with the same idempotency key created (found again, or recovered from Pinterest after an attempt whose outcome was unknown); false when this request created it or failed.").Resolve(c => c.Source.Replayed);
}

public sealed class UpdateBoardPayloadType() : BoardPayloadType("UpdateBoardPayload", "The result of updateBoard.");

public sealed class DeleteBoardPayloadType : PayloadType<DeletedPayload>
{
    public DeleteBoardPayloadType()
        : base("DeleteBoardPayload", "The result of deleteBoard.") =>
        Field<IdGraphType>("deletedBoardId").Description("The deleted board's global ID; null on failure.").Resolve(c => c.Source.DeletedId);
}

public sealed record BoardSectionPayload(BoardSectionNode? Section, IReadOnlyList<UserError> Errors, bool Replayed = false) : IPayload;

public abstract class BoardSectionPayloadType : PayloadType<BoardSectionPayload>
{
    protected BoardSectionPayloadType(string name, string description)
        : base(name, description) =>
        Field<BoardSectionType>("section").Description("The section as Pinterest returned it; null on failure.").Resolve(c => c.Source.Section);
}

public sealed class CreateBoardSectionPayloadType : BoardSectionPayloadType
{
    public CreateBoardSectionPayloadType()
        : base("CreateBoardSectionPayload", "The result of createBoardSection.") =>
        Field<NonNullGraphType<BooleanGraphType>>("replayed").Description("True when this is the object an earlier request with the same idempotency key created (found again, or recovered from Pinterest after an attempt whose outcome was unknown); false when this request created it or failed.").Resolve(c => c.Source.Replayed);
}

public sealed class UpdateBoardSectionPayloadType() : BoardSectionPayloadType("UpdateBoardSectionPayload", "The result of updateBoardSection.");

public sealed class DeleteBoardSectionPayloadType : PayloadType<DeletedPayload>
{
    public DeleteBoardSectionPayloadType()
        : base("DeleteBoardSectionPayload", "The result of deleteBoardSection.") =>
        Field<IdGraphType>("deletedSectionId").Description("The deleted section's global ID; null on failure.").Resolve(c => c.Source.DeletedId);
}
