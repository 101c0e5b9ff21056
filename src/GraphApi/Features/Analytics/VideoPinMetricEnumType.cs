using GraphApi.Pinterest.Analytics;
using GraphQL.Types;

namespace GraphApi.Features.Analytics;

/// <summary>The metrics (and rankings) of <c>user_account/analytics/top_video_pins</c>.</summary>
public sealed class VideoPinMetricEnumType : EnumerationGraphType
{
    public VideoPinMetricEnumType()
    {
        Name = "VideoPinMetric";
        Description = "A metric of the user's top video pins.";
        this.AddConstantsOf(typeof(VideoPinMetricType));
    }
}
