using GraphApi.Features.Sections;
using GraphApi.Schema.Mutations;
using GraphQL.Types;

namespace GraphApi.Features.Boards;

public abstract class BoardPayloadType<TErrorUnion> : PayloadType<BoardPayload, TErrorUnion>
    where TErrorUnion : UserErrorUnion
{
    protected BoardPayloadType(string name, string description)
        : base(name, description) =>
        Field<BoardType>("board").Description("The board as Pinterest returned it from the write; null on failure.").Resolve(c => c.Source.Board);
}

public sealed class CreateBoardPayloadType : BoardPayloadType<CreateBoardErrorType>
{
    public CreateBoardPayloadType()
        : base("CreateBoardPayload", "The result of createBoard.") =>
        Field<NonNullGraphType<BooleanGraphType>>("replayed").Description("True when this is the object an earlier request with the same idempotency key created (found again, or recovered from Pinterest after an attempt whose outcome was unknown); false when this request created it or failed.").Resolve(c => c.Source.Replayed);
}

public sealed class UpdateBoardPayloadType() : BoardPayloadType<UpdateBoardErrorType>("UpdateBoardPayload", "The result of updateBoard.");

public sealed class DeleteBoardPayloadType : PayloadType<DeletedPayload, DeleteBoardErrorType>
{
    public DeleteBoardPayloadType()
        : base("DeleteBoardPayload", "The result of deleteBoard.") =>
        Field<IdGraphType>("deletedBoardId").Description("The deleted board's global ID; null on failure.").Resolve(c => c.Source.DeletedId);
}

public abstract class BoardSectionPayloadType<TErrorUnion> : PayloadType<BoardSectionPayload, TErrorUnion>
    where TErrorUnion : UserErrorUnion
{
    protected BoardSectionPayloadType(string name, string description)
        : base(name, description) =>
        Field<BoardSectionType>("section").Description("The section as Pinterest returned it; null on failure.").Resolve(c => c.Source.Section);
}

public sealed class CreateBoardSectionPayloadType : BoardSectionPayloadType<CreateBoardSectionErrorType>
{
    public CreateBoardSectionPayloadType()
        : base("CreateBoardSectionPayload", "The result of createBoardSection.") =>
        Field<NonNullGraphType<BooleanGraphType>>("replayed").Description("True when this is the object an earlier request with the same idempotency key created (found again, or recovered from Pinterest after an attempt whose outcome was unknown); false when this request created it or failed.").Resolve(c => c.Source.Replayed);
}

public sealed class UpdateBoardSectionPayloadType() : BoardSectionPayloadType<UpdateBoardSectionErrorType>("UpdateBoardSectionPayload", "The result of updateBoardSection.");

public sealed class DeleteBoardSectionPayloadType : PayloadType<DeletedPayload, DeleteBoardSectionErrorType>
{
    public DeleteBoardSectionPayloadType()
        : base("DeleteBoardSectionPayload", "The result of deleteBoardSection.") =>
        Field<IdGraphType>("deletedSectionId").Description("The deleted section's global ID; null on failure.").Resolve(c => c.Source.DeletedId);
}
