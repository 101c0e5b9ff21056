using GraphApi.Pinterest.Sandbox.Faults;

namespace GraphApi.Pinterest.Sandbox.Http;

/// <summary>Endpoint metadata: the spec's operationId, the scopes its <c>security</c> requirement lists (tests/Shared/pinterest-openapi.json.gz) and its rate-limit category.</summary>
internal sealed record SandboxOperation(string OperationId, IReadOnlyList<string> Scopes, bool RequiresUser = true)
{
    /// <summary>Derived from the operationId for the organic surface; the ads routes set it (Api/Ads/AdsRoutes).</summary>
    public string RateLimitCategory { get; init; } = RateLimitCategories.Of(OperationId);
}
