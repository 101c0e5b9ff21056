using System.Text.Json;
using GraphApi.Execution.Cost;
using GraphApi.Execution.Errors;
using GraphApi.Execution.Scopes;
using GraphApi.Pinterest;
using GraphApi.Pinterest.Ads;
using GraphApi.Pinterest.OAuth;
using GraphApi.Schema;
using GraphApi.Schema.Relay;
using GraphQL;
using GraphQL.Types;

namespace GraphApi.Features.Ads;

/// <summary>
/// <c>targetingAnalytics</c> of each ads level (its own targeting-type enum and operation) and
/// <c>Campaign.adPinAnalytics</c> (<c>ad_pins/analytics</c>). One call per object: these reads are rarely asked of
/// many objects at once, so they are not batched; the cost estimate counts one call each.
/// </summary>
internal static class AdsTargetingAnalyticsFields
{
    public const int MaxTargetingTypes = 14;

    public static void AddToAccount(ObjectGraphType<AdAccount> account) =>
        account.Field<ListGraphType<NonNullGraphType<AdsTargetingRowType>>>("targetingAnalytics")
            .Description("The account's ads metrics split by targeting values (age, gender, country, ...) over a date range (one call).")
            .TargetingArguments<AdAccountTargetingTypeEnumType, AdAccount>()
            .PinterestOperation("ad_account_targeting_analytics/get")
            .RequiresScopes(PinterestScopes.AdsRead)
            .UpstreamCost(UpstreamCost.OneCall)
            .UpstreamCategory(UpstreamCategories.AdsAnalytics)
            .ResolveAsync(async c =>
            {
                var id = AdAccountType.KeyOf(c.Source);
                var request = Request(c, AdsAnalyticsLevel.AdAccount, id, id);
                var answer = await c.Service<IPinterestClient>().AdAccounts.GetTargetingAnalyticsAsync(id, request, c.CancellationToken);
                return Rows(answer, request);
            });

    public static void AddTo<T>(ObjectGraphType<T> type, AdsAnalyticsLevel level, Func<object?, AdsKey> keyOf)
    {
        var field = level switch
        {
            AdsAnalyticsLevel.Campaign => type.Field<ListGraphType<NonNullGraphType<AdsTargetingRowType>>>("targetingAnalytics").TargetingArguments<CampaignTargetingTypeEnumType, T>()
                .PinterestOperation("campaign_targeting_analytics/get"),
            AdsAnalyticsLevel.AdGroup => type.Field<ListGraphType<NonNullGraphType<AdsTargetingRowType>>>("targetingAnalytics").TargetingArguments<AdGroupTargetingTypeEnumType, T>()
                .PinterestOperation("ad_groups_targeting_analytics/get"),
            _ => type.Field<ListGraphType<NonNullGraphType<AdsTargetingRowType>>>("targetingAnalytics").TargetingArguments<AdTargetingTypeEnumType, T>()
                .PinterestOperation("ad_targeting_analytics/get"),
        };
        field.Description("Ads metrics split by targeting values (age, gender, country, ...) over a date range (one call per object).")
            .RequiresScopes(PinterestScopes.AdsRead)
            .UpstreamCost(UpstreamCost.OneCall)
            .UpstreamCategory(UpstreamCategories.AdsAnalytics)
            .ResolveAsync(async c =>
            {
                var key = keyOf(c.Source);
                var request = Request(c, level, key.AdAccountId, key.Id);
                var pinterest = c.Service<IPinterestClient>();
                var answer = level switch
                {
                    AdsAnalyticsLevel.Campaign => await pinterest.Campaigns.GetTargetingAnalyticsAsync(key.AdAccountId, [key.Id], request, c.CancellationToken),
                    AdsAnalyticsLevel.AdGroup => await pinterest.AdGroups.GetTargetingAnalyticsAsync(key.AdAccountId, [key.Id], request, c.CancellationToken),
                    _ => await pinterest.Ads.GetTargetingAnalyticsAsync(key.AdAccountId, [key.Id], request, c.CancellationToken),
                };
                return Rows(answer, request);
            });
    }

    public static void AddPinAnalyticsTo(ObjectGraphType<Campaign> campaign, Func<object?, AdsKey> keyOf) =>
        campaign.Field<ListGraphType<NonNullGraphType<AdPinAnalyticsRowType>>>("adPinAnalytics")
            .Description($"Ads metrics of 1–{PinterestLimits.AdPinsPerAnalyticsCall} of the pins this campaign promotes, a row per pin (and bucket); pins it does not promote have no rows (one call).")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("pinIds", "The pins (global or Pinterest IDs).")
            .AdsAnalyticsArguments()
            .PinterestOperation("ad_pins/analytics")
            .RequiresScopes(PinterestScopes.AdsRead)
            .UpstreamCost(UpstreamCost.OneCall)
            .UpstreamCategory(UpstreamCategories.AdsAnalytics)
            .ResolveAsync(async c =>
            {
                var ids = c.GetArgument<List<string>>("pinIds");
                if (ids.Count is 0 || ids.Count > PinterestLimits.AdPinsPerAnalyticsCall)
                {
                    throw new ExecutionError($"`pinIds` takes 1 to {PinterestLimits.AdPinsPerAnalyticsCall} IDs.") { Code = ErrorCodes.InvalidArgument };
                }

                var pins = ids.Select(id => GlobalId.RequirePinterestId(id, NodeTypes.Pin, "pinIds")).Distinct(StringComparer.Ordinal).ToList();
                var key = keyOf(c.Source);
                var request = AdsAnalyticsKey.From(c, AdsAnalyticsLevel.Campaign, key.AdAccountId, key.Id).ToRequest();
                var rows = await c.Service<IPinterestClient>().Campaigns.GetAdPinAnalyticsAsync(key.AdAccountId, key.Id, pins, request, c.CancellationToken);
                return rows.Select(r => new AdPinAnalyticsRow(PinIdOf(r), AdsAnalyticsRow.From(r, request.Columns))).ToList();
            });

    private static GraphQL.Builders.FieldBuilder<TSource, object> TargetingArguments<TEnum, TSource>(this GraphQL.Builders.FieldBuilder<TSource, object> field)
        where TEnum : EnumerationGraphType =>
        field
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<TEnum>>>>("targetingTypes", $"1–{MaxTargetingTypes} targeting types to split by.")
            .Argument<ListGraphType<NonNullGraphType<AdsAttributionTypeEnumType>>>("attributionTypes", "Attribute conversions by individual user and/or household.")
            .AdsAnalyticsArguments();

    private static AdsTargetingAnalyticsRequest Request(IResolveFieldContext c, AdsAnalyticsLevel level, string account, string id)
    {
        var types = c.GetArgument<List<string>>("targetingTypes").Distinct(StringComparer.Ordinal).ToList();
        if (types.Count is 0 or > MaxTargetingTypes)
        {
            throw new ExecutionError($"`targetingTypes` takes 1 to {MaxTargetingTypes} types.") { Code = ErrorCodes.InvalidArgument };
        }

        return new AdsTargetingAnalyticsRequest
        {
            Analytics = AdsAnalyticsKey.From(c, level, account, id).ToRequest(),
            TargetingTypes = types,
            AttributionTypes = c.GetArgument<List<string>?>("attributionTypes")?.Distinct(StringComparer.Ordinal).ToList() is { Count: > 0 } attribution ? attribution : null,
        };
    }

    private static List<AdsTargetingRow> Rows(AdsTargetingAnalytics answer, AdsTargetingAnalyticsRequest request) =>
        answer.Data.Select(r => AdsTargetingRow.From(r, request.Analytics.Columns)).ToList();

    private static string? PinIdOf(IReadOnlyDictionary<string, JsonElement> row) =>
        row.TryGetValue("PIN_ID", out var id) ? id.ValueKind == JsonValueKind.Number ? id.GetRawText() : id.GetString() : null;
}
