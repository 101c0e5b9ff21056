using GraphApi.Pinterest.Sandbox.Api.ProductGroups;
using GraphApi.Pinterest.Sandbox.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GraphApi.Pinterest.Sandbox.Api.CatalogItems;

/// <summary>
/// Maps catalog items (<c>/catalogs/items*</c>) and product groups (<c>/catalogs/product_groups*</c>,
/// <c>/catalogs/products/*</c>). Each endpoint names its rate-limit category and scopes as the spec gives them:
/// <c>items/post</c> is a read sent as POST, and a group's products need boards, catalogs and pins read.
/// </summary>
internal static class CatalogItemRoutes
{
    public const string CatalogsRead = "catalogs_read";
    public const string CatalogsWrite = "catalogs_write";
    public const string ScopeRead = "catalogs:read";
    public const string ScopeWrite = "catalogs:write";

    public static void MapCatalogItems(this RouteGroupBuilder v5)
    {
        v5.MapCatalogItemEndpoints();
        v5.MapCatalogItemBatchEndpoints();
        v5.MapProductGroupEndpoints();
    }

    public static RouteHandlerBuilder CatalogItemOperation(this RouteHandlerBuilder builder, string operationId, string category, params string[] scopes) =>
        builder.WithMetadata(new SandboxOperation(operationId, scopes) { RateLimitCategory = category })
            .WithName("pinterest-sandbox:" + operationId)
            .AddEndpointFilter<SandboxOperationFilter>();
}
