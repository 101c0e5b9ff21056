namespace GraphApi.Bench.StaticUpstream;

/// <summary>Builds the static upstream; <see cref="Program"/> runs it and the harness tests start it on a free port.</summary>
public static class StaticUpstreamApp
{
    /// <summary>Used when no <c>--urls</c> is given: loopback only, like every benchmark server.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5180";

    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        if (string.IsNullOrEmpty(builder.Configuration["urls"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        // Logging per call would cost more CPU than answering it.
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = 1024 * 1024;
        });
        builder.Services.AddOptions<StaticUpstreamOptions>().Bind(builder.Configuration).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton(new CallLog(PinterestOperations.Names));
        builder.Services.AddSingleton<InjectedLatency>();
        builder.Services.AddSingleton<MemoisedBodies>();
        builder.Services.AddSingleton<PinterestResponses>();

        var app = builder.Build();
        app.MapPinterest();
        app.MapOAuthToken();
        app.MapBenchAdmin();
        return app;
    }
}
