using GraphApi.Pinterest.Pins;
using GraphApi.Schema.Mutations;

namespace GraphApi.Features.Pins;

/// <summary>A pin write's result; <paramref name="Replayed"/> only for createPin (see CreatePinPayloadType).</summary>
public sealed record PinPayload(Pin? Pin, IReadOnlyList<UserError> Errors, bool Replayed = false) : IPayload;
