namespace GraphApi.Features.Ads;

/// <summary>Ads objects carry Unix seconds; the schema shows DateTime like the organic types.</summary>
internal static class AdsTime
{
    public static DateTime? From(long? unixSeconds) =>
        unixSeconds is { } seconds ? DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime : null;
}
