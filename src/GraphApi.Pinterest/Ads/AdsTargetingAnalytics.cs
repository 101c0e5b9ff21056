using System.Text.Json;

namespace GraphApi.Pinterest.Ads;

/// <summary>Answer of the targeting analytics reads (<c>MetricsResponse</c>).</summary>
public sealed record AdsTargetingAnalytics
{
    /// <summary>One row per targeting value (and date).</summary>
    public IReadOnlyList<AdsTargetingAnalyticsRow> Data { get; init; } = [];
}

/// <summary>Metrics of one targeting value.</summary>
public sealed record AdsTargetingAnalyticsRow
{
    /// <summary>The targeting type, e.g. <c>GENDER</c>.</summary>
    public string? TargetingType { get; init; }

    /// <summary>The value: a string or a number, as Pinterest sends it.</summary>
    public JsonElement? TargetingValue { get; init; }

    /// <summary>Metrics by column name (plus the entity id and <c>DATE</c>).</summary>
    public IReadOnlyDictionary<string, JsonElement>? Metrics { get; init; }
}
