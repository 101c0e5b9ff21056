using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace GraphApi.Cluster;

/// <summary>The one place that spells Redis key and channel names: always under <see cref="RedisOptions.KeyPrefix"/>.</summary>
public sealed class RedisKeys(IOptions<RedisOptions> options)
{
    private readonly string _prefix = options.Value.KeyPrefix;

    public string Prefix => _prefix;

    public RedisKey Key(string name) => new(_prefix + name);

    public RedisChannel Channel(string name) => RedisChannel.Literal(_prefix + name);
}
