using System.Collections.Concurrent;
using GraphApi.Pinterest.DependencyInjection;
using GraphApi.Pinterest.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GraphApi.Pinterest.Tests.DependencyInjection;

/// <summary>
/// What one caller's request costs in client plumbing: the gateway resolves <see cref="IPinterestClient"/> once per
/// field, so the clients and their HttpClients must be made once per scope, not once per resolution.
/// </summary>
public sealed class ClientLifetimeTests
{
    [Fact]
    public async Task Many_resolutions_in_one_scope_share_one_client_and_create_at_most_two_http_clients()
    {
        using var host = new PinterestTestHost();
        var created = 0;
        var services = new ServiceCollection();
        services.AddScoped<IPinterestAccessTokenProvider>(_ => new FakeTokenProvider("t"));
        services.AddPinterestClient(o => o.ApiBaseUrl = new Uri($"http://127.0.0.1:{host.Server.Port}/v5"))
            .ConfigureHttpClient(_ => Interlocked.Increment(ref created));
        using var provider = services.BuildServiceProvider(validateScopes: true);

        using (var scope = provider.CreateScope())
        {
            var first = scope.ServiceProvider.GetRequiredService<IPinterestClient>();
            for (var i = 0; i < 50; i++)
            {
                var client = scope.ServiceProvider.GetRequiredService<IPinterestClient>();
                client.ShouldBeSameAs(first);
                await client.Boards.GetAsync("1");
            }
        }

        // One for the API connection and one for the OAuth client; before, 8 per resolution (400 here).
        created.ShouldBeLessThanOrEqualTo(2);
        host.Requests.Count.ShouldBe(50);
    }

    [Fact]
    public async Task Each_scope_gets_its_own_client_with_its_own_callers_token()
    {
        using var host = new PinterestTestHost();
        var services = new ServiceCollection();
        services.AddScoped<IPinterestAccessTokenProvider>(_ => new FakeTokenProvider($"pina_user_{Guid.NewGuid():N}"));
        services.AddPinterestClient(o => o.ApiBaseUrl = new Uri($"http://127.0.0.1:{host.Server.Port}/v5"));
        using var provider = services.BuildServiceProvider(validateScopes: true);

        using var a = provider.CreateScope();
        using var b = provider.CreateScope();
        var clientA = a.ServiceProvider.GetRequiredService<IPinterestClient>();
        var clientB = b.ServiceProvider.GetRequiredService<IPinterestClient>();
        await Task.WhenAll(clientA.Boards.GetAsync("1"), clientB.Boards.GetAsync("1"), clientA.Pins.GetAsync("2"));

        clientA.ShouldNotBeSameAs(clientB);
        var tokens = host.Requests.Select(r => r.Header("Authorization")).ToList();
        tokens.Count.ShouldBe(3);
        tokens.Distinct().Count().ShouldBe(2);
    }

    [Fact]
    public async Task Calls_write_no_http_client_log_lines_even_at_trace()
    {
        using var host = new PinterestTestHost();
        var categories = new ConcurrentBag<string>();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(new CategoryRecorder(categories)));
        services.AddSingleton<IPinterestAccessTokenProvider>(new FakeTokenProvider("t"));
        services.AddPinterestClient(o => o.ApiBaseUrl = new Uri($"http://127.0.0.1:{host.Server.Port}/v5"));
        using var provider = services.BuildServiceProvider(validateScopes: true);
        using var scope = provider.CreateScope();

        await scope.ServiceProvider.GetRequiredService<IPinterestClient>().Boards.GetAsync("1");

        host.Requests.Count.ShouldBe(1);
        categories.ShouldNotContain(c => c.StartsWith("System.Net.Http.HttpClient", StringComparison.Ordinal));
    }

    private sealed class CategoryRecorder(ConcurrentBag<string> categories) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Recorder(categoryName, categories);

        public void Dispose()
        {
        }

        private sealed class Recorder(string category, ConcurrentBag<string> categories) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull
            {
                categories.Add(category);
                return null;
            }

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                categories.Add(category);
        }
    }
}
