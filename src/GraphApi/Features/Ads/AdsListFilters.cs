using GraphApi.Execution.Errors;
using GraphApi.Pinterest;
using GraphApi.Pinterest.Ads;
using GraphApi.Pinterest.Pagination;
using GraphApi.Schema.Relay;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

namespace GraphApi.Features.Ads;

/// <summary>The filter arguments of the ads connections, read into one <see cref="ListAdsEntitiesRequest"/>.</summary>
internal static class AdsListFilters
{
    public static FieldBuilder<TSource, TReturn> StatusArgument<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) =>
        field.Argument<ListGraphType<NonNullGraphType<AdEntityStatusEnumType>>>("entityStatuses", "Only these statuses; Pinterest's default is ACTIVE and PAUSED.");

    public static FieldBuilder<TSource, TReturn> IdsArgument<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, string name, string what) =>
        field.Argument<ListGraphType<NonNullGraphType<IdGraphType>>>(name, $"Only these {what} (global or Pinterest IDs), 1–{PinterestLimits.AdsIdsPerCall}.");

    public static ListAdsEntitiesRequest Request(IResolveFieldContext context, PageRequest page, string? campaignId = null, string? adGroupId = null) => new()
    {
        EntityStatuses = context.GetArgument<List<string>?>("entityStatuses") is { Count: > 0 } statuses ? statuses.Distinct().ToList() : null,
        CampaignIds = campaignId is not null ? [campaignId] : Ids(context, "campaignIds", NodeTypes.Campaign),
        AdGroupIds = adGroupId is not null ? [adGroupId] : Ids(context, "adGroupIds", NodeTypes.AdGroup),
        AdIds = Ids(context, "adIds", NodeTypes.Ad),
        Page = page,
    };

    /// <summary>A list of ads IDs (global or raw), refused before any call when empty, too long or not IDs of the type.</summary>
    public static IReadOnlyList<string>? Ids(IResolveFieldContext context, string argument, string type)
    {
        if (!context.HasArgument(argument) || context.GetArgument<List<string>?>(argument) is not { } values)
        {
            return null;
        }

        if (values.Count is 0 or > PinterestLimits.AdsIdsPerCall)
        {
            throw new ExecutionError($"`{argument}` takes 1 to {PinterestLimits.AdsIdsPerCall} IDs.") { Code = ErrorCodes.InvalidArgument };
        }

        return values.Select(v => PinterestIdOf(v, type, argument)).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>A campaign, ad group or ad ID: its global ID (which carries the account) or the raw Pinterest ID.</summary>
    public static string PinterestIdOf(string value, string type, string argument) => GlobalId.Decode(value) switch
    {
        (var t, var key) when t == type && AdsKey.Parse(key) is { } parsed => parsed.Id,
        { } => throw NodeErrors.WrongType(argument, type),
        null when PinterestIds.IsValid(value.Trim()) => value.Trim(),
        null => throw PinterestIds.Invalid(argument),
    };
}
