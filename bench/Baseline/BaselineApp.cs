using System.Net.Http.Headers;
using Microsoft.Extensions.Options;

namespace GraphApi.Bench.Baseline;

/// <summary>Builds the baseline; <see cref="Program"/> runs it and the harness tests start it on a free port.</summary>
public static class BaselineApp
{
    /// <summary>Used when no <c>--urls</c> is given: loopback only.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5181";

    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        if (string.IsNullOrEmpty(builder.Configuration["urls"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        // The gateway under test runs with Warning for HttpClient (issue 11); the reference gets the same quiet logs.
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        builder.Services.AddOptions<UpstreamOptions>().Bind(builder.Configuration.GetSection(UpstreamOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddHttpClient<PinterestUpstream>((services, http) =>
        {
            var options = services.GetRequiredService<IOptions<UpstreamOptions>>().Value;
            // A trailing slash, so relative paths land under the version prefix.
            var baseUrl = options.BaseUrl!.AbsoluteUri;
            http.BaseAddress = new Uri(baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/");
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", options.AccessToken);
        });

        var app = builder.Build();
        app.MapScenarios();
        return app;
    }
}
