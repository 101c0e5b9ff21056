using GraphApi.Schema.Mutations;
using GraphQL.Types;

namespace GraphApi.Features.Pins;

public abstract class PinPayloadType<TErrorUnion> : PayloadType<PinPayload, TErrorUnion>
    where TErrorUnion : UserErrorUnion
{
    protected PinPayloadType(string name, string description)
        : base(name, description) =>
        Field<PinType>("pin").Description("The pin as Pinterest returned it from the write; null on failure.").Resolve(c => c.Source.Pin);
}

public sealed class CreatePinPayloadType : PinPayloadType<CreatePinErrorType>
{
    public CreatePinPayloadType()
        : base("CreatePinPayload", "The result of createPin.") =>
        Field<NonNullGraphType<BooleanGraphType>>("replayed").Description("True when this is the object an earlier request with the same idempotency key created (found again, or recovered from Pinterest after an attempt whose outcome was unknown); false when this request created it or failed.").Resolve(c => c.Source.Replayed);
}

public sealed class UpdatePinPayloadType() : PinPayloadType<UpdatePinErrorType>("UpdatePinPayload", "The result of updatePin.");

public sealed class SavePinPayloadType() : PinPayloadType<SavePinErrorType>("SavePinPayload", "The result of savePin: the new pin on the target board.");

public sealed class DeletePinPayloadType : PayloadType<DeletedPayload, DeletePinErrorType>
{
    public DeletePinPayloadType()
        : base("DeletePinPayload", "The result of deletePin.") =>
        Field<IdGraphType>("deletedPinId").Description("The deleted pin's global ID; null on failure.").Resolve(c => c.Source.DeletedId);
}
