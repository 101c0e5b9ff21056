using GraphApi.Pinterest.Pins;
using GraphQL.Types;

namespace GraphApi.Features.Analytics;

/// <summary>The metrics <c>pins/analytics</c> and <c>multi_pins/analytics</c> accept: standard and video pin metrics.</summary>
public sealed class PinMetricEnumType : EnumerationGraphType
{
    public static readonly List<string> Defaults = [PinMetricType.Impression, PinMetricType.Save, PinMetricType.PinClick, PinMetricType.OutboundClick];

    public PinMetricEnumType()
    {
        Name = "PinMetric";
        Description = "A pin metric Pinterest reports (VIDEO_* only for video pins).";
        this.AddConstantsOf(typeof(PinMetricType));
    }
}
