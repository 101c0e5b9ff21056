using GraphApi.Pinterest.Pins;
using GraphApi.Relay;

namespace GraphApi.Pins;

public sealed class PinConnectionType() : ConnectionType<PinType, PinEdgeType, Pin>("Pin");

public sealed class PinEdgeType() : EdgeType<PinType, Pin>("Pin");
