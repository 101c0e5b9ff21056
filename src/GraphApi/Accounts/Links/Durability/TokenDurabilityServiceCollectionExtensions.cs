using GraphApi.Upstream;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GraphApi.Accounts.Links.Durability;

internal static class TokenDurabilityServiceCollectionExtensions
{
    /// <summary>
    /// Refreshed tokens reach durable storage before use: the journal, the retried versioned write, the in-memory
    /// hold with its background writer, and the start-up recovery (registered after the database initializer, so it
    /// runs once the schema exists and before the server listens).
    /// </summary>
    public static IServiceCollection AddTokenDurability(this IServiceCollection services)
    {
        services.AddPinterestOptions();
        services.TryAddSingleton<PendingTokenWrites>();
        services.AddSingleton<TokenJournal>();
        services.AddSingleton<TokenRotationWriter>();
        services.AddScoped<EfAccountLinkStore>();
        services.AddSingleton<TokenJournalRecovery>();
        services.AddHostedService(sp => sp.GetRequiredService<TokenJournalRecovery>());
        services.AddHostedService<PendingTokenWriter>();
        return services;
    }
}
