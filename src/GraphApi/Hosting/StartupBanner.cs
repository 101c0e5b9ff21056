using System.Text;
using GraphApi.Features.Gateway;
using GraphApi.Http;
using GraphApi.Upstream;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace GraphApi.Hosting;

/// <summary>Once the server listens: where the demo, the IDE and the endpoint are, and how to leave the sandbox.</summary>
internal static partial class StartupBanner
{
    public static WebApplication UseStartupBanner(this WebApplication app)
    {
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
            var address = addresses?.OrderBy(a => a.StartsWith("http://", StringComparison.Ordinal) ? 0 : 1).FirstOrDefault();
            if (address is null)
            {
                return; // In-memory test servers have no address to show.
            }

            var gateway = app.Services.GetRequiredService<GatewayInfo>();
            var graphql = address.TrimEnd('/') + app.Services.GetRequiredService<IOptions<GraphQLHttpOptions>>().Value.Path;
            var banner = new StringBuilder()
                .AppendLine($"GraphApi {gateway.Version} is running against {(gateway.Upstream == UpstreamMode.Sandbox ? "the embedded Pinterest sandbox (offline demo data)" : "the real Pinterest API")}.");
            if (gateway.Upstream == UpstreamMode.Sandbox)
            {
                banner.AppendLine($"  Demo app      {address.TrimEnd('/')}/");
            }

            banner.AppendLine($"  GraphQL IDE   {graphql}/ui/")
                .AppendLine($"  GraphQL       {graphql}");
            banner.Append(gateway.Upstream == UpstreamMode.Sandbox
                ? "  Real Pinterest: set Upstream:Mode=Pinterest, Pinterest:ClientId, Pinterest:ClientSecret, Pinterest:RedirectUri and Authentication:* (see README)."
                : "  Sandbox: remove Upstream:Mode and the Pinterest app settings to run offline on the embedded emulator.");
            LogBanner(app.Logger, banner.ToString());
        });
        return app;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Banner}")]
    private static partial void LogBanner(ILogger logger, string banner);
}
