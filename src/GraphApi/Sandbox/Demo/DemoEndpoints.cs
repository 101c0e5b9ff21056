using Microsoft.Extensions.FileProviders;

namespace GraphApi.Sandbox.Demo;

/// <summary>
/// The demo web app at <c>/</c>, sandbox mode only (<see cref="SandboxModeExtensions.UseSandboxMode"/>): it signs
/// in through <c>POST /sandbox/token</c>, which only the sandbox offers. Plain HTML and JS modules shipped with the gateway, so it needs no build step and no CDN.
/// </summary>
internal static class DemoEndpoints
{
    public static WebApplication UseDemoApp(this WebApplication app)
    {
        var files = new PhysicalFileProvider(Path.Combine(AppContext.BaseDirectory, "Sandbox", "Demo", "wwwroot"));
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            OnPrepareResponse = context => context.Context.Response.Headers.CacheControl = "no-cache",
        });
        return app;
    }
}
