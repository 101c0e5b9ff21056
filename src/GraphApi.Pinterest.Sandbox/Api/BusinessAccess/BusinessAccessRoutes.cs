using GraphApi.Pinterest.Sandbox.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GraphApi.Pinterest.Sandbox.Api.BusinessAccess;

/// <summary>
/// Maps Business Access. Every operation names its rate-limit category and scopes as the spec gives them (some
/// writes need <c>biz_access:read</c> and <c>biz_access:write</c> together).
/// </summary>
internal static class BusinessAccessRoutes
{
    public const string Read = "ads_read";
    public const string Write = "ads_write";

    public static void MapBusinessAccess(this RouteGroupBuilder v5)
    {
        v5.MapBusinessRelations();
        v5.MapBusinessAssets();
        v5.MapBusinessPartnerAccess();
        v5.MapBusinessInvites();
    }

    public static RouteHandlerBuilder BusinessOperation(this RouteHandlerBuilder builder, string operationId, string category, params string[] scopes) =>
        builder.WithMetadata(new SandboxOperation(operationId, scopes) { RateLimitCategory = category })
            .WithName("pinterest-sandbox:" + operationId)
            .AddEndpointFilter<SandboxOperationFilter>();
}
