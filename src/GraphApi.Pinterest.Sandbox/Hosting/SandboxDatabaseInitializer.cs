using GraphApi.Pinterest.Sandbox.Data;
using GraphApi.Pinterest.Sandbox.Seed;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GraphApi.Pinterest.Sandbox.Hosting;

/// <summary>Creates and seeds the SQLite file when the host starts (idempotent: an existing database is kept).</summary>
internal sealed class SandboxDatabaseInitializer(IServiceScopeFactory scopes) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => EnsureAsync(scopes, cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public static async Task EnsureAsync(IServiceScopeFactory scopes, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SandboxDbContext>();
        await db.Database.EnsureCreatedAsync(cancellationToken);
        await SandboxSchemaUpgrade.ApplyAsync(db, cancellationToken);
        // WAL lets readers continue while a write commits, which matters under benchmark load.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        if (!await db.Users.AnyAsync(cancellationToken))
        {
            await SandboxSeeder.SeedAsync(db, cancellationToken);
        }
        else if (!await db.AdAccounts.AnyAsync(cancellationToken))
        {
            // A database seeded before the ads world existed gets it without losing its content.
            SeedAds.Add(db);
            await db.SaveChangesAsync(cancellationToken);
        }

        if (!await db.AdResources.AnyAsync(cancellationToken))
        {
            // Likewise for the resources around the ads hierarchy (audiences, tags, billing, ...).
            SeedAdResources.Add(db);
            await db.SaveChangesAsync(cancellationToken);
        }

        if (!await db.Catalogs.AnyAsync(cancellationToken))
        {
            // Likewise for the commerce catalogs (issue 18).
            SeedCatalogs.Add(db);
            await db.SaveChangesAsync(cancellationToken);
        }

        if (!await db.CatalogItemRecords.AnyAsync(cancellationToken))
        {
            // Likewise for catalog items and product groups; the seeded items point at the owners' pins, so load them.
            await db.Pins.LoadAsync(cancellationToken);
            SeedCatalogItems.Add(db);
            await db.SaveChangesAsync(cancellationToken);
        }

        if (!await db.Businesses.AnyAsync(cancellationToken))
        {
            // And for the Business Access world.
            SeedBusiness.Add(db);
            await db.SaveChangesAsync(cancellationToken);
        }

        // Dead tokens and codes are useless; dropping them at start keeps a long-lived dev database small.
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        await db.Tokens.Where(t => t.ExpiresAt < now || t.RevokedAt != null).ExecuteDeleteAsync(cancellationToken);
        await db.AuthorizationCodes.Where(c => c.ExpiresAt < now).ExecuteDeleteAsync(cancellationToken);
    }
}
