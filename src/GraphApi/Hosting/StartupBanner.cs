using System.Text;
using GraphApi.Features.Gateway;
using GraphApi.Http;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace GraphApi.Hosting;

/// <summary>Once the server listens: where the endpoint, the IDE and any upstream pages are, and how to switch mode.</summary>
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

            var banner = Compose(
                app.Services.GetRequiredService<GatewayInfo>(),
                app.Services.GetService<UpstreamBannerText>() ?? UpstreamBannerText.RealPinterest,
                address,
                app.Services.GetRequiredService<IOptions<GraphQLHttpOptions>>().Value.Path);
            LogBanner(app.Logger, banner);
        });
        return app;
    }

    public static string Compose(GatewayInfo gateway, UpstreamBannerText upstream, string address, string graphqlPath)
    {
        var origin = address.TrimEnd('/');
        var graphql = origin + graphqlPath;
        var banner = new StringBuilder().AppendLine($"GraphApi {gateway.Version} is running against {upstream.RunningAgainst}.");
        foreach (var page in upstream.Pages)
        {
            Line(banner, page.Label, origin + page.Path);
        }

        Line(banner, "GraphQL IDE", $"{graphql}/ui/");
        Line(banner, "GraphQL", graphql);
        return banner.Append("  ").Append(upstream.Switch).ToString();
    }

    private static void Line(StringBuilder banner, string label, string url) => banner.AppendLine($"  {label,-14}{url}");

    [LoggerMessage(Level = LogLevel.Information, Message = "{Banner}")]
    private static partial void LogBanner(ILogger logger, string banner);
}
