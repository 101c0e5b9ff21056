using GraphApi.Features.Gateway;
using GraphApi.Pinterest.Sandbox;
using GraphApi.Upstream;
using Microsoft.Extensions.Options;

namespace GraphApi.Sandbox;

internal static class SandboxPaths
{
    /// <summary>
    /// Caller authentication for every request except the mounted emulator's: its Pinterest-style tokens are not
    /// caller JWTs, and JwtBearer would log a failure for each of them.
    /// </summary>
    public static WebApplication UseCallerAuthentication(this WebApplication app)
    {
        var sandboxPath = app.Services.GetRequiredService<GatewayInfo>().Upstream == UpstreamMode.Sandbox
            ? app.Services.GetRequiredService<IOptions<SandboxOptions>>().Value.PathBase
            : "";
        if (sandboxPath.Length == 0)
        {
            app.UseAuthentication();
        }
        else
        {
            app.UseWhen(context => !context.Request.Path.StartsWithSegments(sandboxPath), branch => branch.UseAuthentication());
        }

        return app;
    }
}
