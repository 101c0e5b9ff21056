using GraphApi.Pinterest.Sandbox.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GraphApi.Pinterest.Sandbox.Api.AdResources;

/// <summary>
/// Maps the resources around the ads hierarchy and billing. Each endpoint names its rate-limit category as the spec
/// gives it, because the names do not tell it (<c>bulk_download/create</c> is a read, <c>analytics/get_report</c> an
/// analytics call).
/// </summary>
internal static class AdResourceRoutes
{
    public const string AdsRead = "ads_read";
    public const string AdsWrite = "ads_write";
    public const string AdsAnalytics = "ads_analytics";

    public static void MapAdResources(this RouteGroupBuilder v5)
    {
        v5.MapAudiences();
        v5.MapCustomerLists();
        v5.MapConversionTags();
        v5.MapKeywords();
        v5.MapPlanning();
        v5.MapAsyncExports();
        v5.MapBilling();
    }

    public static RouteHandlerBuilder AdResourceOperation(this RouteHandlerBuilder builder, string operationId, string category, params string[] scopes) =>
        builder.WithMetadata(new SandboxOperation(operationId, scopes) { RateLimitCategory = category })
            .WithName("pinterest-sandbox:" + operationId)
            .AddEndpointFilter<SandboxOperationFilter>();
}
