using GraphApi.Pinterest.Boards;
using GraphApi.Pinterest.DependencyInjection;
using GraphApi.Pinterest.OAuth;
using GraphApi.Pinterest.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GraphApi.Pinterest.Tests.DependencyInjection;

public sealed class AddPinterestClientTests
{
    [Fact]
    public void Defaults_point_at_pinterest()
    {
        using var provider = Build(new ServiceCollection());

        var options = provider.GetRequiredService<IOptions<PinterestClientOptions>>().Value;

        options.ApiBaseUrl.ShouldBe(new Uri("https://api.pinterest.com/v5"));
        options.AuthorizationUrl.ShouldBe(new Uri("https://www.pinterest.com/oauth/"));
    }

    [Fact]
    public void Options_bind_from_the_pinterest_section_and_the_delegate_wins()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Pinterest:ApiBaseUrl"] = "http://127.0.0.1:5000/sandbox/v5",
            ["Pinterest:AuthorizationUrl"] = "http://127.0.0.1:5000/sandbox/oauth/",
            ["Pinterest:ClientId"] = "from-config",
            ["Pinterest:MaxRetries"] = "1",
        }).Build());
        services.AddSingleton<IPinterestAccessTokenProvider>(new FakeTokenProvider("t"));
        services.AddPinterestClient(o => o.ClientSecret = "from-code");
        using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<PinterestClientOptions>>().Value;

        options.ApiBaseUrl.ShouldBe(new Uri("http://127.0.0.1:5000/sandbox/v5"));
        options.ClientId.ShouldBe("from-config");
        options.ClientSecret.ShouldBe("from-code");
        options.MaxRetries.ShouldBe(1);
    }

    public static TheoryData<string, string> InvalidOptions => new()
    {
        { "relative-url", "Pinterest:ApiBaseUrl must be an absolute http(s) URL." },
        { "ftp-url", "Pinterest:AuthorizationUrl must be an absolute http(s) URL." },
        { "retries", "Pinterest:MaxRetries must be between 0 and 5." },
        { "timeouts", "Pinterest:AttemptTimeout between 100 ms and Timeout" },
        { "connections", "Pinterest:MaxConnectionsPerServer must be between 1 and 10000." },
    };

    [Theory]
    [MemberData(nameof(InvalidOptions))]
    public void Invalid_options_fail_with_a_clear_message(string change, string message)
    {
        using var provider = Build(new ServiceCollection(), o =>
        {
            switch (change)
            {
                case "relative-url": o.ApiBaseUrl = new Uri("/relative", UriKind.Relative); break;
                case "ftp-url": o.AuthorizationUrl = new Uri("ftp://pinterest.test/"); break;
                case "retries": o.MaxRetries = 9; break;
                case "connections": o.MaxConnectionsPerServer = 0; break;
                default: o.AttemptTimeout = TimeSpan.FromMinutes(5); break;
            }
        });

        var error = Should.Throw<OptionsValidationException>(() => provider.GetRequiredService<IOptions<PinterestClientOptions>>().Value);

        error.Message.ShouldContain(message);
    }

    [Fact]
    public void Validation_runs_at_start()
    {
        using var provider = Build(new ServiceCollection(), o => o.MaxRetries = -1);

        Should.Throw<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());
    }

    [Fact]
    public void Returns_the_http_client_builder_so_hosts_can_chain_handlers()
    {
        var services = new ServiceCollection();

        var builder = services.AddPinterestClient();

        builder.Name.ShouldBe(PinterestClientServiceCollectionExtensions.HttpClientName);
    }

    [Fact]
    public void Every_client_resolves()
    {
        using var provider = Build(new ServiceCollection());

        provider.GetRequiredService<IPinterestClient>().Boards.ShouldNotBeNull();
        provider.GetRequiredService<IBoardsClient>().ShouldNotBeNull();
        provider.GetRequiredService<IPinterestOAuthClient>().ShouldNotBeNull();
    }

    [Fact]
    public async Task A_chained_handler_sees_every_call()
    {
        using var host = new PinterestTestHost();
        var services = new ServiceCollection();
        services.AddSingleton<IPinterestAccessTokenProvider>(new FakeTokenProvider("t"));
        var seen = new List<string>();
        services.AddPinterestClient(o => o.ApiBaseUrl = new Uri($"http://127.0.0.1:{host.Server.Port}/v5"))
            .AddHttpMessageHandler(() => new RecordingHandler(seen));
        using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<IBoardsClient>().GetAsync("1");

        seen.ShouldBe([$"GET http://127.0.0.1:{host.Server.Port}/v5/boards/1"]);
    }

    [Theory]
    [InlineData(null, 64)]
    [InlineData(7, 7)]
    public void The_primary_handler_caps_connections_per_server(int? configured, int expected)
    {
        using var provider = Build(new ServiceCollection(), o => o.MaxConnectionsPerServer = configured ?? o.MaxConnectionsPerServer);

        HttpMessageHandler handler = provider.GetRequiredService<IHttpMessageHandlerFactory>().CreateHandler(PinterestClientServiceCollectionExtensions.HttpClientName);
        while (handler is DelegatingHandler delegating)
        {
            handler = delegating.InnerHandler!;
        }

        handler.ShouldBeOfType<SocketsHttpHandler>().MaxConnectionsPerServer.ShouldBe(expected);
    }

    private static ServiceProvider Build(ServiceCollection services, Action<PinterestClientOptions>? configure = null)
    {
        services.AddSingleton<IPinterestAccessTokenProvider>(new FakeTokenProvider("t"));
        services.AddPinterestClient(configure);
        return services.BuildServiceProvider();
    }

    private sealed class RecordingHandler(List<string> seen) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            seen.Add($"{request.Method} {request.RequestUri}");
            return base.SendAsync(request, cancellationToken);
        }
    }
}
