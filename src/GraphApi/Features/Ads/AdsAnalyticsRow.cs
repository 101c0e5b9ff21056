using System.Text.Json;

namespace GraphApi.Features.Ads;

/// <summary>One row of ads analytics: the bucket's first day (none for TOTAL) and each requested column's value.</summary>
public sealed record AdsAnalyticsRow(DateOnly? Date, IReadOnlyList<AdsMetricValue> Metrics)
{
    public static AdsAnalyticsRow From(IReadOnlyDictionary<string, JsonElement> row, IReadOnlyCollection<string> columns)
    {
        DateOnly? date = row.TryGetValue("DATE", out var d) && d.ValueKind == JsonValueKind.String && DateOnly.TryParse(d.GetString(), System.Globalization.CultureInfo.InvariantCulture, out var parsed) ? parsed : null;
        var metrics = columns
            .Select(c => new AdsMetricValue(c, row.TryGetValue(c, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null))
            .ToList();
        return new AdsAnalyticsRow(date, metrics);
    }
}

public sealed record AdsMetricValue(string Column, double? Value);
