using GraphApi.Pinterest.Boards;
using GraphApi.Pinterest.DependencyInjection;
using GraphApi.Pinterest.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Pinterest.Tests.DependencyInjection;

public sealed class AccessTokenProviderTests
{
    [Fact]
    public async Task A_scoped_per_user_token_provider_is_used_from_the_callers_scope()
    {
        using var host = new PinterestTestHost();
        var services = new ServiceCollection();
        services.AddScoped<IPinterestAccessTokenProvider>(_ => new FakeTokenProvider($"pina_user_{Guid.NewGuid():N}"));
        services.AddPinterestClient(o => o.ApiBaseUrl = new Uri($"http://127.0.0.1:{host.Server.Port}/v5"));
        using var provider = services.BuildServiceProvider(validateScopes: true);

        foreach (var _ in Enumerable.Range(0, 2))
        {
            using var scope = provider.CreateScope();
            await scope.ServiceProvider.GetRequiredService<IPinterestClient>().Boards.GetAsync("1");
        }

        host.Requests.Select(r => r.Header("Authorization")).Distinct().Count().ShouldBe(2);
    }

    [Fact]
    public async Task An_empty_token_from_the_host_fails_before_any_call()
    {
        using var host = new PinterestTestHost();
        var services = new ServiceCollection();
        services.AddSingleton<IPinterestAccessTokenProvider>(new FakeTokenProvider(" "));
        services.AddPinterestClient(o => o.ApiBaseUrl = new Uri($"http://127.0.0.1:{host.Server.Port}/v5"));
        using var provider = services.BuildServiceProvider();

        var error = await Should.ThrowAsync<InvalidOperationException>(() => provider.GetRequiredService<IBoardsClient>().GetAsync("1"));

        error.Message.ShouldContain("boards/get");
        host.Requests.ShouldBeEmpty();
    }
}
