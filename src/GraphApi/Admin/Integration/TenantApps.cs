using System.Collections.Concurrent;
using GraphApi.Pinterest.DependencyInjection;
using GraphApi.Upstream;
using Microsoft.Extensions.Options;

namespace GraphApi.Admin.Integration;

/// <summary>
/// Resolves and caches each tenant's app. Stored settings win once an admin saved them; until then every tenant uses
/// the settings file's app (<c>Pinterest:*</c>). Entries are trusted for <c>Admin:IntegrationCacheDuration</c>; a save
/// through this instance replaces its entry at once (<see cref="Forget"/>), and other instances drop theirs when they
/// hear of it (<see cref="TenantAppChangeNotifications"/>; without Redis, when theirs ages out).
/// </summary>
internal sealed class TenantApps(
    IServiceScopeFactory scopes,
    IOptions<PinterestOptions> gateway,
    IOptions<PinterestClientOptions> client,
    IOptions<AdminOptions> admin,
    TimeProvider time) : ITenantApps
{
    /// <summary>Tenants are few; past this many entries the cache starts over rather than grow without bound.</summary>
    private const int MaxEntries = 10_000;

    private readonly ConcurrentDictionary<string, (TenantApp App, long At)> _entries = new(StringComparer.Ordinal);

    private Action? _announceSave;

    public async ValueTask<TenantApp> GetAsync(string tenantId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tenantId);
        if (_entries.TryGetValue(tenantId, out var entry) && time.GetElapsedTime(entry.At) < admin.Value.IntegrationCacheDuration)
        {
            return entry.App;
        }

        var app = await LoadAsync(tenantId, cancellationToken);
        if (_entries.Count >= MaxEntries)
        {
            _entries.Clear();
        }

        _entries[tenantId] = (app, time.GetTimestamp());
        return app;
    }

    /// <summary>Drops the tenant's entry after a save, so the next request reads the new settings, and tells the other instances.</summary>
    public void Forget(string tenantId)
    {
        _entries.TryRemove(tenantId, out _);
        _announceSave?.Invoke();
    }

    /// <summary>Drops every entry: another instance saved settings, or this one may have missed that it did.</summary>
    public void ForgetAll() => _entries.Clear();

    /// <summary>Called once at start when there are other instances to tell (<see cref="TenantAppChangeNotifications"/>).</summary>
    public void ShareSaves(Action announce) => _announceSave = announce;

    /// <summary>The settings file's app, as every tenant without stored settings uses it.</summary>
    public TenantApp FromSettings(string tenantId) => new(
        tenantId,
        client.Value.ClientId,
        client.Value.ClientSecret,
        [.. gateway.Value.EffectiveScopes],
        AccessTier.Trial,
        Enabled: true,
        Stored: false,
        UpdatedAt: null);

    private async Task<TenantApp> LoadAsync(string tenantId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<IntegrationSettingsStore>();
        var stored = await store.FindAsync(tenantId, cancellationToken);
        if (stored is null)
        {
            return FromSettings(tenantId);
        }

        // No stored secret: the settings file's, but only for the settings file's own app.
        var secret = store.UnprotectSecret(stored)
            ?? (string.Equals(stored.ClientId, client.Value.ClientId, StringComparison.Ordinal) ? client.Value.ClientSecret : null);
        return new TenantApp(tenantId, stored.ClientId, secret, IntegrationScopes.Split(stored.Scopes), stored.Tier, stored.Enabled, Stored: true, stored.UpdatedAt);
    }
}
