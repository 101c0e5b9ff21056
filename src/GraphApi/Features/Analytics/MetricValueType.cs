using GraphQL.Types;

namespace GraphApi.Features.Analytics;

public sealed class MetricValueType : ObjectGraphType<MetricValue>
{
    public MetricValueType()
    {
        Name = "MetricValue";
        Description = "One metric's value.";
        Field(m => m.Metric).Description("The metric's name, e.g. IMPRESSION.");
        Field(m => m.Value).Description("Its value.");
    }
}
