using GraphQL.Types;

namespace GraphApi.Features.Analytics;

/// <summary>Fills a metric enum from a client constants class, so the GraphQL enum and the values sent are one list.</summary>
internal static class MetricEnumValues
{
    public static void AddConstantsOf(this EnumerationGraphType enumType, Type constants)
    {
        foreach (var metric in constants.GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!))
        {
            enumType.Add(metric, metric, $"Pinterest's {metric} metric.");
        }
    }
}
