using GraphApi.Connections.Durability;
using GraphApi.Connections.GraphQL;
using GraphApi.Connections.Storage;
using GraphApi.Pinterest;
using GraphApi.Schema;
using Microsoft.Extensions.Options;

namespace GraphApi.Connections;

internal static class ConnectionServiceCollectionExtensions
{
    /// <summary>Connecting Pinterest accounts: options, the connect flow, token refresh, and the GraphQL fields.</summary>
    public static IServiceCollection AddPinterestConnections(this IServiceCollection services)
    {
        services.AddSingleton<IValidateOptions<PinterestAppOptions>, PinterestAppOptionsValidator>();
        services.AddOptions<PinterestAppOptions>().BindConfiguration(PinterestAppOptions.SectionName).ValidateOnStart();
        services.AddSingleton<OAuthStateProtector>();
        services.AddSingleton<ReturnUrlPolicy>();
        services.AddSingleton<ConnectionRefresher>();
        services.AddTokenDurability();
        services.AddScoped<IConsumedStateStore, EfConsumedStateStore>();
        services.AddScoped<PinterestConnectFlow>();
        services.AddScoped<ConnectCompletion>();
        services.AddScoped<RequestConnection>();
        services.AddScoped<ConnectionTokenSource>();
        services.AddScoped<IPinterestAccessTokenProvider, ConnectionAccessTokenProvider>();
        services.AddTransient<IPinterestOAuthFlow, PinterestOAuthFlow>();

        services.AddSingleton<ConnectionFields>();
        services.AddSingleton<IQueryFields>(sp => sp.GetRequiredService<ConnectionFields>());
        services.AddSingleton<IMutationFields>(sp => sp.GetRequiredService<ConnectionFields>());
        return services;
    }
}
