using GraphApi.Pinterest.Pins;
using GraphQL.Types;

namespace GraphApi.Features.Analytics;

public sealed class PinMetricEnumType : EnumerationGraphType
{
    public static readonly List<string> Defaults = [PinMetricType.Impression, PinMetricType.Save, PinMetricType.PinClick, PinMetricType.OutboundClick];

    public PinMetricEnumType()
    {
        Name = "PinMetric";
        Description = "A pin metric Pinterest reports.";
        foreach (var metric in typeof(PinMetricType).GetFields().Select(f => (string)f.GetValue(null)!))
        {
            Add(metric, metric, $"Pinterest's {metric} metric.");
        }
    }
}
