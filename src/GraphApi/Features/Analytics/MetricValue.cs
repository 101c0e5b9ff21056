namespace GraphApi.Features.Analytics;

public sealed record MetricValue(string Metric, double Value)
{
    public static IReadOnlyList<MetricValue> From<T>(IReadOnlyDictionary<string, T>? values)
        where T : struct, IConvertible =>
        values?.Select(v => new MetricValue(v.Key, v.Value.ToDouble(System.Globalization.CultureInfo.InvariantCulture))).ToList() ?? [];
}
