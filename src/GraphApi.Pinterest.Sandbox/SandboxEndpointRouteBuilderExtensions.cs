using GraphApi.Pinterest.Sandbox.Api;
using GraphApi.Pinterest.Sandbox.Control;
using GraphApi.Pinterest.Sandbox.Http;
using GraphApi.Pinterest.Sandbox.Images;
using GraphApi.Pinterest.Sandbox.OAuth;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GraphApi.Pinterest.Sandbox;

public static class SandboxEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Mounts the emulator under <c>Sandbox:PathBase</c>: the API at <c>{PathBase}/v5</c>, the consent page at
    /// <c>{PathBase}/oauth/</c>, images at <c>{PathBase}/media/</c> and loopback-only controls at <c>{PathBase}/_control/</c>.
    /// </summary>
    public static IEndpointConventionBuilder MapPinterestSandbox(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var options = endpoints.ServiceProvider.GetRequiredService<IOptions<SandboxOptions>>().Value;
        // The emulator authenticates its own (Pinterest-style) tokens; a host-wide authorization policy must not apply.
        var root = endpoints.MapGroup(options.PathBase).ExcludeFromDescription().AllowAnonymous();

        root.MapGet("/oauth/", ConsentEndpoints.ShowAsync);
        root.MapPost("/oauth/", ConsentEndpoints.DecideAsync).DisableAntiforgery();
        root.MapGet("/media/img/{size}/{color}.png", ImageEndpoints.Get);
        root.MapPost("/media/uploads/{mediaId}", Api.Media.MediaEndpoints.UploadAsync).DisableAntiforgery();
        root.MapGet("/files/exports/{id}", Api.AdResources.AsyncExportEndpoints.DownloadAsync);
        root.MapGet("/files/catalog-reports/{token}", Api.Catalogs.CatalogReportEndpoints.DownloadAsync);

        var v5 = root.MapGroup("/v5");
        v5.MapPost("/oauth/token", TokenEndpoint.HandleAsync).ClientOperation("oauth/token").DisableAntiforgery();
        v5.MapPinterestApi();
        // Unknown v5 routes answer in Pinterest's error shape rather than with an empty 404.
        v5.MapFallback(() => SandboxErrors.Error(StatusCodes.Status404NotFound, 404, "Not found: this operation is not served by the sandbox."));

        root.MapGroup("/_control").AddEndpointFilter<LoopbackOnlyFilter>().MapControlEndpoints();
        return root;
    }
}
