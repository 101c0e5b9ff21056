namespace GraphApi.Proxy;

/// <summary>
/// <c>dotnet run --project deploy/Proxy -- --urls http://127.0.0.1:8080 --Proxy:Destinations:0 http://127.0.0.1:5001
/// --Proxy:Destinations:1 http://127.0.0.1:5002</c>: one port in front of several gateway instances.
/// </summary>
internal static class ProxyMain
{
    public static async Task<int> Main(string[] args)
    {
        WebApplication app;
        try
        {
            app = ProxyApp.Build(args);
        }
        catch (ProxyConfigurationException ex)
        {
            await Console.Error.WriteLineAsync("GraphApi proxy: invalid configuration." + Environment.NewLine + ex.Message);
            return 1;
        }

        await using (app)
        {
            await app.StartAsync();
            var destinations = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<ProxyOptions>>().Value.Destinations;
            foreach (var url in app.Urls)
            {
                Console.WriteLine($"GraphApi proxy: {url} -> {string.Join(", ", destinations)} (round robin).");
            }

            await app.WaitForShutdownAsync();
            return 0;
        }
    }
}
