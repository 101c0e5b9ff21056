using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

namespace GraphApi.Execution.Cost;

public static class UpstreamCostFieldExtensions
{
    /// <summary>Declares the Pinterest calls the field can make (read by the cost analysis before execution).</summary>
    public static FieldBuilder<TSource, TReturn> UpstreamCost<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, UpstreamCost cost)
    {
        field.FieldType.WithMetadata(GraphApi.Execution.Cost.UpstreamCost.MetadataKey, cost);
        return field;
    }

    public static UpstreamCost? GetUpstreamCost(this IFieldType field) =>
        field.GetMetadata<UpstreamCost?>(GraphApi.Execution.Cost.UpstreamCost.MetadataKey);
}
