using GraphApi.Mutations;
using GraphApi.Pinterest.Pins;

namespace GraphApi.Pins;

public sealed record PinPayload(Pin? Pin, IReadOnlyList<UserError> Errors) : IPayload;
