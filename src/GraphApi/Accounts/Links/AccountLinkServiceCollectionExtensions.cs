using GraphApi.Accounts.Connect;
using GraphApi.Accounts.Links.Durability;
using GraphApi.Admin;
using GraphApi.Pinterest;
using GraphApi.Upstream;

namespace GraphApi.Accounts.Links;

internal static class AccountLinkServiceCollectionExtensions
{
    /// <summary>Connecting Pinterest accounts: options, the connect flow, token refresh, and the GraphQL fields.</summary>
    public static IServiceCollection AddAccountLinks(this IServiceCollection services)
    {
        services.AddPinterestOptions();
        services.AddIntegrationAdmin();
        services.AddSingleton<OAuthStateProtector>();
        services.AddSingleton<ReturnUrlPolicy>();
        services.AddSingleton<AccountLinkRefresher>();
        services.AddSingleton<SharedRefreshCoolDowns>();
        services.AddTokenDurability();
        services.AddScoped<IConsumedStateStore, EfConsumedStateStore>();
        services.AddScoped<PinterestConnectFlow>();
        services.AddScoped<ConnectCompletion>();
        services.AddScoped<RequestAccountLink>();
        services.AddScoped<AccountLinkTokenSource>();
        services.AddScoped<IPinterestAccessTokenProvider, AccountLinkAccessTokenProvider>();
        services.AddTransient<IPinterestOAuthFlow, PinterestOAuthFlow>();
        return services;
    }
}
