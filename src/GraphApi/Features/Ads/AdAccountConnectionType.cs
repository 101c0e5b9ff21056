using GraphApi.Pinterest.Ads;
using GraphApi.Schema.Relay;

namespace GraphApi.Features.Ads;

public sealed class AdAccountConnectionType() : ConnectionType<AdAccountType, AdAccountEdgeType, AdAccount>("AdAccount");

public sealed class AdAccountEdgeType() : EdgeType<AdAccountType, AdAccount>("AdAccount");
