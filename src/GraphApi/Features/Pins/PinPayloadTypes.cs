using GraphApi.Pinterest.Pins;
using GraphApi.Schema.Mutations;
using GraphQL.Types;

namespace GraphApi.Features.Pins;

/// <summary>A pin write's result; <paramref name="Replayed"/> only for createPin (see CreatePinPayloadType).</summary>
public sealed record PinPayload(Pin? Pin, IReadOnlyList<UserError> Errors, bool Replayed = false) : IPayload;

public abstract class PinPayloadType : PayloadType<PinPayload>
{
    protected PinPayloadType(string name, string description)
        : base(name, description) =>
        Field<PinType>("pin").Description("The pin as Pinterest returned it from the write; null on failure.").Resolve(c => c.Source.Pin);
}

public sealed class CreatePinPayloadType : PinPayloadType
{
    public CreatePinPayloadType()
        : base("CreatePinPayload", "The result of createPin.") =>
        Field<NonNullGraphType<BooleanGraphType>>("replayed").Description("True when this is the object an earlier request with the same idempotency key created (found again, or recovered from Pinterest after an attempt whose outcome was unknown); false when this request created it or failed.").Resolve(c => c.Source.Replayed);
}

public sealed class UpdatePinPayloadType() : PinPayloadType("UpdatePinPayload", "The result of updatePin.");

public sealed class SavePinPayloadType() : PinPayloadType("SavePinPayload", "The result of savePin: the new pin on the target board.");

public sealed class DeletePinPayloadType : PayloadType<DeletedPayload>
{
    public DeletePinPayloadType()
        : base("DeletePinPayload", "The result of deletePin.") =>
        Field<IdGraphType>("deletedPinId").Description("The deleted pin's global ID; null on failure.").Resolve(c => c.Source.DeletedId);
}
