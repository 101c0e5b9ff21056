using System.Text.Json;
using GraphApi.Pinterest.Ads;
using GraphQL;
using GraphQL.Types;

namespace GraphApi.Features.Ads;

/// <summary>One row of targeting analytics: the targeting value (e.g. GENDER = female) and its metrics.</summary>
public sealed record AdsTargetingRow(string? TargetingType, string? TargetingValue, AdsAnalyticsRow Row)
{
    public static AdsTargetingRow From(AdsTargetingAnalyticsRow row, IReadOnlyCollection<string> columns) =>
        new(row.TargetingType, ValueOf(row.TargetingValue), AdsAnalyticsRow.From(row.Metrics ?? new Dictionary<string, JsonElement>(), columns));

    private static string? ValueOf(JsonElement? value) => value switch
    {
        null => null,
        { ValueKind: JsonValueKind.String } v => v.GetString(),
        { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined } => null,
        { } v => v.GetRawText(),
    };
}

/// <summary>One promoted pin's row of <c>ad_pins/analytics</c>.</summary>
public sealed record AdPinAnalyticsRow(string? PinId, AdsAnalyticsRow Row);

public sealed class AdsTargetingRowType : ObjectGraphType<AdsTargetingRow>
{
    public AdsTargetingRowType()
    {
        Name = "AdsTargetingAnalyticsRow";
        Description = "Ads metrics of one targeting value (and bucket).";
        Field(r => r.TargetingType, nullable: true).Description("The targeting type, e.g. GENDER.");
        Field(r => r.TargetingValue, nullable: true).Description("The value, e.g. female or a country code, as Pinterest sends it.");
        Field<DateOnlyGraphType>("date").Description("The bucket's first day (UTC); null with TOTAL granularity.").Resolve(c => c.Source.Row.Date);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AdsMetricValueType>>>>("metrics").Description("Each requested column, in the order asked.")
            .Resolve(c => c.Source.Row.Metrics);
        Field<FloatGraphType>("value").Description("One column's value (null when not requested or not reported).")
            .Argument<NonNullGraphType<AdsAnalyticsColumnEnumType>>("column", "The column.")
            .Resolve(c => c.Source.Row.Metrics.FirstOrDefault(m => m.Column == c.GetArgument<string>("column"))?.Value);
    }
}

public sealed class AdPinAnalyticsRowType : ObjectGraphType<AdPinAnalyticsRow>
{
    public AdPinAnalyticsRowType()
    {
        Name = "AdPinAnalyticsRow";
        Description = "Ads metrics of one promoted pin in a campaign (and bucket).";
        Field(r => r.PinId, nullable: true).Description("The pin's Pinterest ID.");
        Field<DateOnlyGraphType>("date").Description("The bucket's first day (UTC); null with TOTAL granularity.").Resolve(c => c.Source.Row.Date);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AdsMetricValueType>>>>("metrics").Description("Each requested column, in the order asked.")
            .Resolve(c => c.Source.Row.Metrics);
        Field<FloatGraphType>("value").Description("One column's value (null when not requested or not reported).")
            .Argument<NonNullGraphType<AdsAnalyticsColumnEnumType>>("column", "The column.")
            .Resolve(c => c.Source.Row.Metrics.FirstOrDefault(m => m.Column == c.GetArgument<string>("column"))?.Value);
    }
}
