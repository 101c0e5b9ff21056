namespace GraphApi.Features.AdAudiences;

/// <summary>The ads resources give times as Unix seconds or milliseconds; the schema shows UTC date-times.</summary>
internal static class AdsTimestamps
{
    public static DateTime? FromSeconds(double? seconds) =>
        seconds is { } s && s is > 0 and < 253402300799 ? DateTimeOffset.FromUnixTimeSeconds((long)s).UtcDateTime : null;

    public static DateTime? FromMilliseconds(double? milliseconds) =>
        milliseconds is { } ms && ms is > 0 and < 253402300799000 ? DateTimeOffset.FromUnixTimeMilliseconds((long)ms).UtcDateTime : null;
}
