using GraphQL;
using GraphQL.Types;

namespace GraphApi.Features.Ads;

public sealed class AdsAnalyticsRowType : ObjectGraphType<AdsAnalyticsRow>
{
    public AdsAnalyticsRowType()
    {
        Name = "AdsAnalyticsRow";
        Description = "Ads metrics of one object over one bucket of the date range.";
        Field<DateOnlyGraphType>("date").Description("The bucket's first day (UTC); null with TOTAL granularity.").Resolve(c => c.Source.Date);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AdsMetricValueType>>>>("metrics").Description("Each requested column, in the order asked.")
            .Resolve(c => c.Source.Metrics);
        Field<FloatGraphType>("value").Description("One column's value (null when not requested or not reported).")
            .Argument<NonNullGraphType<AdsAnalyticsColumnEnumType>>("column", "The column.")
            .Resolve(c => c.Source.Metrics.FirstOrDefault(m => m.Column == c.GetArgument<string>("column"))?.Value);
    }
}

public sealed class AdsMetricValueType : ObjectGraphType<AdsMetricValue>
{
    public AdsMetricValueType()
    {
        Name = "AdsMetricValue";
        Description = "One reporting column's value.";
        Field<NonNullGraphType<AdsAnalyticsColumnEnumType>>("column").Description("The column.").Resolve(c => c.Source.Column);
        Field(m => m.Value, nullable: true).Description("The value; null when Pinterest reported none.");
    }
}
