using GraphApi.Pinterest.Sandbox.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace GraphApi.Pinterest.Sandbox.Api.Ads;

/// <summary>
/// Tags an ads endpoint like <see cref="SandboxRouteExtensions.Operation"/>, with the ads rate-limit category the spec
/// gives it: analytics reads are <c>ads_analytics</c>, creates/updates/deletes <c>ads_write</c>, other reads <c>ads_read</c>.
/// </summary>
internal static class AdsRoutes
{
    public const string AdsRead = "ads_read";
    public const string AdsWrite = "ads_write";
    public const string AdsAnalytics = "ads_analytics";

    public static RouteHandlerBuilder AdsOperation(this RouteHandlerBuilder builder, string operationId, params string[] scopes) =>
        builder.WithMetadata(new SandboxOperation(operationId, scopes) { RateLimitCategory = CategoryOf(operationId) })
            .WithName("pinterest-sandbox:" + operationId)
            .AddEndpointFilter<SandboxOperationFilter>();

    public static string CategoryOf(string operationId) =>
        operationId.Contains("analytics", StringComparison.Ordinal) ? AdsAnalytics
        : operationId.EndsWith("/create", StringComparison.Ordinal) || operationId.EndsWith("/update", StringComparison.Ordinal)
            || operationId.EndsWith("/delete", StringComparison.Ordinal) || operationId.EndsWith("/redeem", StringComparison.Ordinal) ? AdsWrite
        : AdsRead;
}
