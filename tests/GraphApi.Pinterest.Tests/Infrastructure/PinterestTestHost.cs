using GraphApi.Pinterest.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace GraphApi.Pinterest.Tests.Infrastructure;

/// <summary>A WireMock server on 127.0.0.1 and a client wired exactly as a host would wire it.</summary>
internal sealed class PinterestTestHost : IDisposable
{
    public const string AccessToken = "pina_test_access_token_123";
    public const string ClientId = "1234567";
    public const string ClientSecret = "app-secret-xyz";

    private readonly ServiceProvider _services;
    private readonly IServiceScope _scope;

    public PinterestTestHost(Action<PinterestClientOptions>? configure = null, Action<IServiceCollection>? services = null)
    {
        Server = WireMockServer.Start();
        var collection = new ServiceCollection();
        services?.Invoke(collection);
        AddClient(collection, configure);
        _services = collection.BuildServiceProvider(validateScopes: true);
        // The clients are scoped (one set per request in a host), so the test resolves them in a scope as a request does.
        _scope = _services.CreateScope();
        Client = _scope.ServiceProvider.GetRequiredService<IPinterestClient>();
        Respond(200, "{}");
    }

    private void AddClient(IServiceCollection services, Action<PinterestClientOptions>? configure)
    {
        services.AddSingleton<IPinterestAccessTokenProvider>(Tokens);
        services.AddPinterestClient(options =>
        {
            options.ApiBaseUrl = new Uri($"http://127.0.0.1:{Server.Port}/v5");
            options.ClientId = ClientId;
            options.ClientSecret = ClientSecret;
            options.RetryBaseDelay = TimeSpan.FromMilliseconds(10);
            configure?.Invoke(options);
        });
    }

    public WireMockServer Server { get; }

    public FakeTokenProvider Tokens { get; } = new(AccessToken);

    public IPinterestClient Client { get; }

    public IServiceProvider Services => _services;

    public IReadOnlyList<RecordedRequest> Requests => Server.LogEntries.Select(e => RecordedRequest.From(e.RequestMessage)).ToList();

    public RecordedRequest Single => Requests.ShouldHaveSingleItem();

    /// <summary>Answers every request with this status, body and headers.</summary>
    public PinterestTestHost Respond(int status, string body, params (string Name, string Value)[] headers)
    {
        Server.ResetMappings();
        var response = Response.Create().WithStatusCode(status).WithBody(body).WithHeader("Content-Type", "application/json");
        foreach (var (name, value) in headers)
        {
            response = response.WithHeader(name, value);
        }

        Server.Given(Request.Create().UsingAnyMethod()).RespondWith(response);
        return this;
    }

    /// <summary>Answers the first request with one status and every later one with another.</summary>
    public void RespondInSequence(int first, int then, string body)
    {
        Server.ResetMappings();
        Server.Given(Request.Create().UsingAnyMethod()).InScenario("seq").WillSetStateTo("later")
            .RespondWith(Response.Create().WithStatusCode(first).WithBody("{\"code\":1,\"message\":\"first\"}"));
        Server.Given(Request.Create().UsingAnyMethod()).InScenario("seq").WhenStateIs("later")
            .RespondWith(Response.Create().WithStatusCode(then).WithBody(body).WithHeader("Content-Type", "application/json"));
    }

    public void Dispose()
    {
        _scope.Dispose();
        _services.Dispose();
        Server.Stop();
        Server.Dispose();
    }
}
