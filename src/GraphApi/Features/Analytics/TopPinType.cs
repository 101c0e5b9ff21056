using GraphApi.Execution.Cost;
using GraphApi.Execution.Scopes;
using GraphApi.Features.Pins;
using GraphApi.Pinterest.OAuth;
using GraphApi.Pinterest.UserAccount;
using GraphQL.Types;

namespace GraphApi.Features.Analytics;

public sealed class TopPinType : ObjectGraphType<TopPinMetrics>
{
    public TopPinType()
    {
        Name = "TopPin";
        Description = "One of the user's best pins by the chosen metric.";
        Field("pinterestId", t => t.PinId, nullable: true).Description("The pin's Pinterest ID.");
        Field<PinType>("pin").Description("The pin itself (loaded in one deduplicated batch).")
            .RequiresScopes(PinterestScopes.BoardsRead, PinterestScopes.PinsRead)
            .UpstreamCost(UpstreamCost.ParentKeyHandle)
            .Resolve(c => c.Source.PinId is { } id ? PinType.Handle(c, id) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MetricValueType>>>>("metrics")
            .Description("The pin's metrics over the range.")
            .Resolve(c => MetricValue.From(c.Source.Metrics));
    }
}
