using GraphApi.Pinterest.Pins;
using GraphApi.Schema.Relay;
namespace GraphApi.Features.Pins;

public sealed class PinConnectionType() : ConnectionType<PinType, PinEdgeType, Pin>("Pin");

public sealed class PinEdgeType() : EdgeType<PinType, Pin>("Pin");
