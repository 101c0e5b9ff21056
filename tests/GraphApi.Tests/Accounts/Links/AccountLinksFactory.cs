using GraphApi.Accounts.Connect;
using GraphApi.Accounts.Links;
using GraphApi.Tests.Accounts.Connect;
using GraphApi.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GraphApi.Tests.Accounts.Links;

/// <summary>The host with a counted fake of Pinterest's token endpoint and every log line captured.</summary>
public sealed class AccountLinksFactory : GraphApiFactory
{
    public const string ClientSecret = "configured-client-secret-for-log-checks";

    public FakePinterestOAuthFlow OAuth { get; } = new();

    public CapturedLogs Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        // Sandbox mode: the OAuth app is the sandbox's, so its secret is the one that must stay out of the logs.
        builder.UseSetting("Sandbox:ClientSecret", ClientSecret);
        builder.UseSetting("Pinterest:AllowedReturnOrigins:0", "https://app.example.com");
        // The return-URL matrix runs ~75 flows from one caller and one IP in a few seconds.
        builder.UseSettings(RelaxedLimits.RateLimits);
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Debug).AddProvider(Logs));
        builder.ConfigureServices(services => services.AddSingleton<IPinterestOAuthFlow>(OAuth));
    }

    public HttpClient CreateClientFor(string userId)
    {
        var client = CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.Create(userId));
        return client;
    }

    public async Task<PinterestAccountLink?> FindAsync(string userId)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IAccountLinkStore>().FindAsync(new AccountLinkKey("", userId), default);
    }
}
