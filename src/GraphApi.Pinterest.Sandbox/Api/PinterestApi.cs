using GraphApi.Pinterest.Sandbox.Api.AdResources;
using GraphApi.Pinterest.Sandbox.Api.Ads;
using GraphApi.Pinterest.Sandbox.Api.Boards;
using GraphApi.Pinterest.Sandbox.Api.BusinessAccess;
using GraphApi.Pinterest.Sandbox.Api.CatalogItems;
using GraphApi.Pinterest.Sandbox.Api.Catalogs;
using GraphApi.Pinterest.Sandbox.Api.Media;
using GraphApi.Pinterest.Sandbox.Api.Pins;
using GraphApi.Pinterest.Sandbox.Api.Search;
using GraphApi.Pinterest.Sandbox.Api.Sections;
using GraphApi.Pinterest.Sandbox.Api.UserAccount;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace GraphApi.Pinterest.Sandbox.Api;

/// <summary>The Pinterest v5 surface (organic and ads) the gateway's client covers.</summary>
internal static class PinterestApi
{
    public static RouteGroupBuilder MapPinterestApi(this RouteGroupBuilder v5)
    {
        v5.MapUserAccount();
        v5.MapBoards();
        v5.MapSections();
        v5.MapPins();
        v5.MapMedia();
        v5.MapSearch();
        v5.MapAdAccounts();
        v5.MapAdsEntities();
        v5.MapAdResources();
        v5.MapCatalogs();
        v5.MapCatalogItems();
        v5.MapBusinessAccess();
        // Bodies are JSON read by hand; the API uses bearer tokens, so there is no cookie to forge.
        v5.DisableAntiforgery();
        return v5;
    }
}
