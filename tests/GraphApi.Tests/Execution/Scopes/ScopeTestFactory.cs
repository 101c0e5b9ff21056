using GraphApi.Accounts.Links;
using GraphApi.Schema;
using GraphApi.Tests.Infrastructure;
using GraphQL.DI;
using GraphQL.Types;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Tests.Execution.Scopes;

public sealed class ScopeTestFactory : GraphApiFactory
{
    public ResolverCalls Calls { get; } = new();

    public string Mode { get; init; } = "Filter";

    public IEnumerable<(string Key, string Value)> Settings { get; init; } = [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Authorization:Mode", Mode);
        builder.UseSettings(Settings);
        builder.ConfigureServices(services =>
        {
            services.AddSingleton(Calls);
            services.AddSingleton<IQueryFields, TestQueryFields>();
            services.AddSingleton<IMutationFields, TestMutationFields>();
            services.AddSingleton<TestBoardType>();
            services.AddSingleton<TestMediaInterface>();
            services.AddSingleton<TestImageType>();
            services.AddSingleton<TestVideoType>();
            services.AddSingleton<IConfigureSchema, RegisterTestMediaTypes>();
        });
    }

    // Interface implementations are not reachable from a field, so the schema must be told about them.
    private sealed class RegisterTestMediaTypes : IConfigureSchema
    {
        public void Configure(ISchema schema, IServiceProvider serviceProvider)
        {
            schema.RegisterType(typeof(TestImageType));
            schema.RegisterType(typeof(TestVideoType));
        }
    }

    public async Task ConnectAsync(string userId, params string[] scopes)
    {
        await using var scope = Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<IAccountLinkStore>();
        await store.SaveAsync(new AccountLinkKey("", userId), new PinterestTokenSet(
            "access-" + userId, "refresh-" + userId, scopes.ToHashSet(), DateTimeOffset.UtcNow.AddDays(30), DateTimeOffset.UtcNow.AddDays(365)), default);
    }

    public async Task MarkReconnectRequiredAsync(string userId)
    {
        await using var scope = Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<IAccountLinkStore>();
        var connection = await store.FindAsync(new AccountLinkKey("", userId), default);
        await store.MarkReconnectRequiredAsync(connection!.Key, connection.Version, default);
    }

    public HttpClient CreateClientFor(string userId, string? tokenScope = null)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.Create(userId, scope: tokenScope));
        return client;
    }
}
