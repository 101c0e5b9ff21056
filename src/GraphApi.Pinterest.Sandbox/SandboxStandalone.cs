using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace GraphApi.Pinterest.Sandbox;

/// <summary>Runs the emulator on its own (benchmarks, other tools): <c>dotnet run --project src/GraphApi -- sandbox --urls http://127.0.0.1:5080</c>.</summary>
public static class SandboxStandalone
{
    public const string DefaultUrl = "http://127.0.0.1:5080";

    public static async Task<int> RunAsync(string[] args, CancellationToken ct = default)
    {
        WebApplication app;
        try
        {
            app = Build(args);
        }
        catch (OptionsValidationException ex)
        {
            await Console.Error.WriteLineAsync("Pinterest sandbox: invalid configuration. " + ex.Message).ConfigureAwait(false);
            return 1;
        }

        await using (app.ConfigureAwait(false))
        {
            var options = app.Services.GetRequiredService<IOptions<SandboxOptions>>().Value;
            await app.StartAsync(ct).ConfigureAwait(false);
            foreach (var url in app.Urls)
            {
                Console.WriteLine($"Pinterest sandbox: API {url}{options.PathBase}/v5, consent page {url}{options.PathBase}/oauth/, client '{options.ClientId}'.");
            }

            await app.WaitForShutdownAsync(ct).ConfigureAwait(false);
            return 0;
        }
    }

    internal static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        if (string.IsNullOrEmpty(builder.Configuration[WebHostDefaults.ServerUrlsKey]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        // Standalone, the emulator owns the whole origin, so it sits at the root like api.pinterest.com does.
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"{SandboxOptions.SectionName}:{nameof(SandboxOptions.PathBase)}"] = builder.Configuration[$"{SandboxOptions.SectionName}:{nameof(SandboxOptions.PathBase)}"] ?? "/",
        });
        builder.Services.AddPinterestSandbox(builder.Configuration);
        var app = builder.Build();
        app.MapPinterestSandbox();
        return app;
    }
}
