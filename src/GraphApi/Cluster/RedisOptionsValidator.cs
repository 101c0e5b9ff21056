using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace GraphApi.Cluster;

/// <summary>
/// Parses <c>Redis:Configuration</c> on start, so a typo stops the start naming the setting instead of surfacing at the
/// first rate-limited request. The value is never echoed: it may carry a password.
/// </summary>
internal sealed class RedisOptionsValidator : IValidateOptions<RedisOptions>
{
    public ValidateOptionsResult Validate(string? name, RedisOptions options)
    {
        if (string.IsNullOrEmpty(options.KeyPrefix) || options.KeyPrefix.Length > 64 || options.KeyPrefix.Any(char.IsWhiteSpace))
        {
            return ValidateOptionsResult.Fail("Redis:KeyPrefix must be 1 to 64 characters without whitespace (e.g. \"graphapi:\").");
        }

        if (!options.IsConfigured)
        {
            return ValidateOptionsResult.Success;
        }

        try
        {
            var parsed = ConfigurationOptions.Parse(options.Configuration!);
            return parsed.EndPoints.Count > 0
                ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail("Redis:Configuration names no endpoint (expected e.g. \"redis.internal:6379\").");
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException)
        {
            // The parser's messages name an option keyword, not its value.
            return ValidateOptionsResult.Fail($"Redis:Configuration is not a valid StackExchange.Redis configuration string ({ex.GetType().Name}).");
        }
    }
}
