using System.Text.Json;
using GraphApi.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace GraphApi.Ide;

/// <summary>
/// Banana Cake Pop at <c>/graphql/ui/</c>: the npm package's static build served as-is, a <c>bcp-config.json</c>
/// written by the host (endpoint, title, telemetry off, and the token of an <see cref="IIdeDefaultCaller"/> where
/// the host has one), and the package's LICENSE beside it as its licence asks. No CDN is involved, so it works offline.
/// </summary>
internal static class IdeEndpoints
{
    public static string UiPath(IEndpointRouteBuilder endpoints) =>
        endpoints.ServiceProvider.GetRequiredService<IOptions<GraphQLHttpOptions>>().Value.Path.TrimEnd('/') + "/ui";

    public static WebApplication UseBananaCakePop(this WebApplication app)
    {
        var assets = BananaCakePopAssets.From(app.Configuration, app.Environment);
        var ui = UiPath(app);

        // Exact path only, and not as a routed endpoint: routing treats "/ui" and "/ui/" alike (a redirect loop),
        // and static files step aside for any request that matched an endpoint.
        app.Use((context, next) =>
        {
            if (context.Request.Path.Value == ui && HttpMethods.IsGet(context.Request.Method))
            {
                context.Response.Redirect(context.Request.PathBase + ui + "/");
                return Task.CompletedTask;
            }

            return next(context);
        });
        app.MapGet(ui + "/bcp-config.json", (Func<HttpContext, Task<IResult>>)ConfigAsync);
        app.MapGet(ui + "/LICENSE", () => assets.Installed
            ? Results.File(Path.Combine(assets.Folder, "LICENSE"), "text/plain; charset=utf-8")
            : Missing(assets));
        if (assets.Installed)
        {
            var files = new PhysicalFileProvider(assets.Folder);
            app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files, RequestPath = ui });
            app.UseStaticFiles(new StaticFileOptions { FileProvider = files, RequestPath = ui, ContentTypeProvider = new FileExtensionContentTypeProvider() });
        }
        else
        {
            app.MapGet(ui + "/{**rest}", () => Missing(assets));
        }

        return app;
    }

    private static async Task<IResult> ConfigAsync(HttpContext context)
    {
        var services = context.RequestServices;
        var endpoint = services.GetRequiredService<IOptions<GraphQLHttpOptions>>().Value.Path;
        var config = new Dictionary<string, object>
        {
            ["endpoint"] = endpoint,
            ["title"] = "GraphApi",
            ["disableTelemetry"] = true,
            ["useBrowserUrlAsEndpoint"] = false,
            ["includeCookies"] = false,
        };

        // Only where the host issues caller tokens itself (the sandbox with no Authentication settings): the IDE's
        // first query then works as that caller. Real deployments register none and never mint tokens here.
        if (services.GetService<IIdeDefaultCaller>() is { } caller)
        {
            config["httpHeaders"] = new Dictionary<string, string> { ["Authorization"] = "Bearer " + await caller.BearerTokenAsync(context.RequestAborted) };
        }

        context.Response.Headers.CacheControl = "no-store";
        return Results.Json(config, JsonSerializerOptions.Web);
    }

    private static IResult Missing(BananaCakePopAssets assets) => Results.Content($$"""
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><title>GraphApi IDE not installed</title></head>
        <body style="font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto">
        <h1>The GraphQL IDE is not installed</h1>
        <p>The Banana Cake Pop assets come from the npm package <code>@chillicream/bananacakepop-graphql-ide</code>,
        which the build restores when Node.js and npm are on the PATH. They were not found at
        <code>{{System.Net.WebUtility.HtmlEncode(assets.Folder)}}</code>.</p>
        <p>Install Node.js, then run <code>npm ci</code> in <code>src/GraphApi/Ide</code> (or rebuild), and restart the gateway.
        The GraphQL endpoint itself works without the IDE.</p></body></html>
        """, "text/html; charset=utf-8", statusCode: StatusCodes.Status503ServiceUnavailable);
}
