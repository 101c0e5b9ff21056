using GraphApi.Execution.Cost;
using GraphApi.Pinterest;

namespace GraphApi.Features.Ads;

/// <summary>The cost of a lookup through the by-id loaders: one call per 250 keys of one field.</summary>
internal static class AdsByIdCosts
{
    public const int IdsPerCall = PinterestLimits.AdsIdsPerCall;

    public static UpstreamCost Lookup { get; } = UpstreamCost.Batched(IdsPerCall);
}
