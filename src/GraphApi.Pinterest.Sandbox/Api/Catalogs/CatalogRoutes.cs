using GraphApi.Pinterest.Sandbox.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GraphApi.Pinterest.Sandbox.Api.Catalogs;

/// <summary>
/// Maps /v5/catalogs (catalogs, feeds, processing results, item issues, reports). Each endpoint names its rate-limit
/// category as the spec gives it: the names do not tell it (<c>reports/create</c> is a <c>catalogs_read</c> call).
/// </summary>
internal static class CatalogRoutes
{
    public const string CatalogsRead = "catalogs_read";
    public const string CatalogsWrite = "catalogs_write";
    public const string ScopeRead = "catalogs:read";
    public const string ScopeWrite = "catalogs:write";

    public static void MapCatalogs(this RouteGroupBuilder v5)
    {
        v5.MapCatalogEndpoints();
    }

    public static RouteHandlerBuilder CatalogOperation(this RouteHandlerBuilder builder, string operationId, string category, params string[] scopes) =>
        builder.WithMetadata(new SandboxOperation(operationId, scopes) { RateLimitCategory = category })
            .WithName("pinterest-sandbox:" + operationId)
            .AddEndpointFilter<SandboxOperationFilter>();
}
