using Microsoft.Extensions.FileProviders;

namespace GraphApi.Admin;

/// <summary>
/// The integration admin page at <c>/admin/</c>, in every mode: plain HTML and a JS module shipped with the gateway (no
/// build step, no CDN). The page is public; everything it shows comes from the admin API with the admin's bearer token.
/// </summary>
internal static class AdminPageEndpoints
{
    public const string Path = "/admin";

    public static WebApplication UseIntegrationAdminPage(this WebApplication app)
    {
        var files = new PhysicalFileProvider(System.IO.Path.Combine(AppContext.BaseDirectory, "Admin", "wwwroot"));
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files, RequestPath = Path });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            RequestPath = Path,
            OnPrepareResponse = context =>
            {
                context.Context.Response.Headers.CacheControl = "no-cache";
                // The page takes a secret: it must not be framed by another site, and loads nothing from elsewhere.
                context.Context.Response.Headers.XFrameOptions = "DENY";
                context.Context.Response.Headers.ContentSecurityPolicy = "default-src 'self'; frame-ancestors 'none'";
            },
        });
        return app;
    }
}
