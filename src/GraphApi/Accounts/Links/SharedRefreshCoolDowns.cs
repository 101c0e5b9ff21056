using System.Globalization;
using GraphApi.Cluster;
using StackExchange.Redis;

namespace GraphApi.Accounts.Links;

/// <summary>
/// A failed refresh's cool-down, seen by every instance: a Redis key per connection (hashed) holding the failed token
/// version and whether Pinterest answered 429, expiring with the cool-down. Without it, each of N instances would try
/// the token endpoint once per cool-down, so an outage (or a 429) would cost N calls instead of one. Best effort: when
/// Redis does not answer, each instance keeps its own cool-down, as with one instance.
/// </summary>
internal sealed class SharedRefreshCoolDowns(IServiceProvider services, RedisKeys keys)
{
    private readonly IConnectionMultiplexer? _redis = services.GetService<IConnectionMultiplexer>();

    /// <summary>The cool-down another instance recorded for this version of the connection's tokens, if any is left.</summary>
    public async Task<(bool RateLimited, TimeSpan Left)?> FindAsync(string linkHash, Guid version)
    {
        if (_redis is not { IsConnected: true })
        {
            return null;
        }

        try
        {
            var found = await _redis.GetDatabase().StringGetWithExpiryAsync(Key(linkHash));
            return found.Value.HasValue && found.Expiry is { } left && left > TimeSpan.Zero &&
                   ((string)found.Value!).Split('|') is [var v, var limited] && Guid.TryParse(v, out var failed) && failed == version
                ? (limited == "1", left)
                : null;
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            return null;
        }
    }

    public async Task ShareAsync(string linkHash, Guid version, bool rateLimited, TimeSpan coolDown)
    {
        if (_redis is not { IsConnected: true } || coolDown <= TimeSpan.Zero)
        {
            return;
        }

        try
        {
            var value = version.ToString("N", CultureInfo.InvariantCulture) + "|" + (rateLimited ? "1" : "0");
            await _redis.GetDatabase().StringSetAsync(Key(linkHash), value, coolDown);
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            // This instance still cools down on its own; the others may try once each.
        }
    }

    private RedisKey Key(string linkHash) => keys.Key("refresh-cooldown:" + linkHash);
}
