using GraphApi.Execution.Cost;
using GraphApi.Execution.Errors;
using GraphApi.Execution.Scopes;
using GraphApi.Features.AdReports;
using GraphApi.Pinterest.Ads;
using GraphApi.Pinterest.Ads.Audiences;
using GraphApi.Pinterest.Ads.CustomerLists;
using GraphApi.Pinterest.Ads.Keywords;
using GraphApi.Pinterest.Ads.Planning;
using GraphApi.Pinterest.OAuth;
using GraphApi.Schema;
using GraphApi.Schema.Relay;
using GraphQL;
using GraphQL.Types;

namespace GraphApi.Features.AdAudiences;

/// <summary>An ad account's audiences, customer lists, tags and keywords, and the planning estimates (sizing, bid floors).</summary>
internal static class AdAudienceFields
{
    /// <summary>Bid floor specs in one request: bounds what a caller can make the gateway send.</summary>
    public const int MaxBidFloorSpecs = 50;

    public static void AddTo(ObjectGraphType<AdAccount> account)
    {
        account.Field<AudienceConnectionType>("audiences").Description("The account's audiences, newest first.").Paged()
            .Argument<AudienceOwnershipEnumType>("ownership", "Whose audiences: OWNED (default), RECEIVED (shared with the account) or IN_BUSINESS.")
            .RequiresScopes(PinterestScopes.AdsRead)
            .UpstreamCost(ConnectionPaging.PageCost)
            .UpstreamCategory(UpstreamCategories.AdsRead)
            .ResolveAsync(async c => await ConnectionPaging.PageAsync(c, (page, ct) => c.Pinterest().Audiences.ListAsync(AdInputChecks.AccountId(c),
                new ListAudiencesRequest { Order = "DESCENDING", OwnershipType = c.GetArgument<string?>("ownership"), Page = page }, ct)));

        account.Field<AudienceType>("audience").Description("One audience; null with NOT_FOUND when the account has none with that ID.")
            .Argument<NonNullGraphType<StringGraphType>>("pinterestId", "The audience's Pinterest ID.")
            .RequiresScopes(PinterestScopes.AdsRead)
            .UpstreamCost(UpstreamCost.OneCall)
            .UpstreamCategory(UpstreamCategories.AdsRead)
            .ResolveAsync(async c => await c.Pinterest().Audiences.GetAsync(AdInputChecks.AccountId(c), Id(c), c.CancellationToken));

        account.Field<CustomerListConnectionType>("customerLists").Description("The account's customer lists, newest first.").Paged()
            .RequiresScopes(PinterestScopes.AdsRead)
            .UpstreamCost(ConnectionPaging.PageCost)
            .UpstreamCategory(UpstreamCategories.AdsRead)
            .ResolveAsync(async c => await ConnectionPaging.PageAsync(c, (page, ct) => c.Pinterest().CustomerLists.ListAsync(AdInputChecks.AccountId(c),
                new ListCustomerListsRequest { Order = "DESCENDING", Page = page }, ct)));

        account.Field<CustomerListType>("customerList").Description("One customer list; null with NOT_FOUND when the account has none with that ID.")
            .Argument<NonNullGraphType<StringGraphType>>("pinterestId", "The customer list's Pinterest ID.")
            .RequiresScopes(PinterestScopes.AdsRead)
            .UpstreamCost(UpstreamCost.OneCall)
            .UpstreamCategory(UpstreamCategories.AdsRead)
            .ResolveAsync(async c => await c.Pinterest().CustomerLists.GetAsync(AdInputChecks.AccountId(c), Id(c), c.CancellationToken));

        account.Field<ListGraphType<NonNullGraphType<ConversionTagType>>>("conversionTags")
            .Description("The account's Pinterest Tags, all of them (Pinterest does not page this list).")
            .Argument<BooleanGraphType>("includeArchived", "Include archived tags (default false).")
            .RequiresScopes(PinterestScopes.AdsRead)
            .UpstreamCost(UpstreamCost.OneCall)
            .UpstreamCategory(UpstreamCategories.AdsRead)
            .ResolveAsync(async c => (await c.Pinterest().ConversionTags.ListAsync(AdInputChecks.AccountId(c),
                filterDeleted: !c.GetArgument("includeArchived", false), c.CancellationToken)).Items);

        account.Field<ConversionTagType>("conversionTag").Description("One Pinterest Tag; null with NOT_FOUND when the account has none with that ID.")
            .Argument<NonNullGraphType<StringGraphType>>("pinterestId", "The tag's Pinterest ID.")
            .RequiresScopes(PinterestScopes.AdsRead)
            .UpstreamCost(UpstreamCost.OneCall)
            .UpstreamCategory(UpstreamCategories.AdsRead)
            .ResolveAsync(async c => await c.Pinterest().ConversionTags.GetAsync(AdInputChecks.AccountId(c), Id(c), c.CancellationToken));

        account.Field<KeywordConnectionType>("keywords")
            .Description("Keywords of one ad group, of one campaign, or (with neither) the account's own.").Paged()
            .Argument<StringGraphType>("campaignId", "A campaign's Pinterest ID.")
            .Argument<StringGraphType>("adGroupId", "An ad group's Pinterest ID (wins over campaignId).")
            .Argument<ListGraphType<NonNullGraphType<KeywordMatchTypeEnumType>>>("matchTypes", "Only these match types.")
            .RequiresScopes(PinterestScopes.AdsRead)
            .UpstreamCost(ConnectionPaging.PageCost)
            .UpstreamCategory(UpstreamCategories.AdsRead)
            .ResolveAsync(async c =>
            {
                var campaignId = OptionalId(c, "campaignId");
                var adGroupId = OptionalId(c, "adGroupId");
                var matchTypes = c.GetArgument<List<string>?>("matchTypes");
                return await ConnectionPaging.PageAsync(c, (page, ct) => c.Pinterest().Keywords.ListAsync(AdInputChecks.AccountId(c),
                    new ListKeywordsRequest { CampaignId = adGroupId is null ? campaignId : null, AdGroupId = adGroupId, MatchTypes = matchTypes, Page = page }, ct));
            });

        account.Field<AudienceSizingType>("audienceSizing")
            .Description("Estimates the monthly reach of a targeting for an ad group of this account.")
            .Argument<TargetingInputType>("targeting", "The targeting; none estimates the whole platform.")
            .Argument<BooleanGraphType>("autoTargeting", "Pinterest Performance+ targeting (Pinterest's default: true).")
            .RequiresScopes(PinterestScopes.AdsRead)
            .UpstreamCost(UpstreamCost.OneCall)
            .UpstreamCategory(UpstreamCategories.AdsRead)
            .ResolveAsync(async c => await c.Pinterest().AdPlanning.GetAudienceSizingAsync(AdInputChecks.AccountId(c), new AudienceSizingRequest
            {
                TargetingSpec = Targeting(c),
                AutoTargetingEnabled = c.GetArgument<bool?>("autoTargeting"),
            }, c.CancellationToken));

        account.Field<ListGraphType<NonNullGraphType<LongGraphType>>>("bidFloors")
            .Description("The lowest bids Pinterest accepts, in micro units of each spec's currency, one per spec and in their order.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<BidFloorSpecInputType>>>>("specs", $"1–{MaxBidFloorSpecs} specs.")
            .Argument<TargetingInputType>("targeting", "The ad group's targeting.")
            .RequiresScopes(PinterestScopes.AdsRead)
            .UpstreamCost(UpstreamCost.OneCall)
            .UpstreamCategory(UpstreamCategories.AdsRead)
            .ResolveAsync(async c =>
            {
                var specs = c.GetArgument<List<BidFloorSpecInput>>("specs");
                if (specs.Count is 0 or > MaxBidFloorSpecs)
                {
                    throw new ExecutionError($"`specs` takes 1–{MaxBidFloorSpecs} specs, not {specs.Count}.") { Code = ErrorCodes.InvalidArgument };
                }

                var floor = await c.Pinterest().AdPlanning.GetBidFloorAsync(AdInputChecks.AccountId(c), new BidFloorRequest
                {
                    BidFloorSpecs = specs.Select(s => new BidFloorSpec { BillableEvent = s.BillableEvent, Currency = s.Currency, Countries = s.Countries, ObjectiveType = s.ObjectiveType }).ToList(),
                    TargetingSpec = Targeting(c),
                }, c.CancellationToken);
                return floor.BidFloors;
            });
    }

    private static string Id(IResolveFieldContext c) =>
        c.GetArgument<string>("pinterestId") is var id && PinterestIds.IsValid(id) ? id : throw PinterestIds.Invalid("pinterestId");

    private static string? OptionalId(IResolveFieldContext c, string argument) =>
        c.GetArgument<string?>(argument) is not { } id ? null : PinterestIds.IsValid(id) ? id : throw PinterestIds.Invalid(argument);

    private static Dictionary<string, IReadOnlyList<string>>? Targeting(IResolveFieldContext c)
    {
        if (c.GetArgument<TargetingInput?>("targeting") is not { } targeting)
        {
            return null;
        }

        foreach (var (field, values) in targeting.Lists())
        {
            if (values is { Count: > TargetingInputType.MaxValues })
            {
                throw new ExecutionError($"`targeting.{field}` takes at most {TargetingInputType.MaxValues} values, not {values.Count}.") { Code = ErrorCodes.InvalidArgument };
            }
        }

        return targeting.ToSpec();
    }
}

public sealed class AudienceOwnershipEnumType : EnumerationGraphType
{
    public AudienceOwnershipEnumType()
    {
        Name = "AudienceOwnership";
        Description = "Whose audiences a list shows.";
        Add("OWNED", "OWNED", "The account's own.");
        Add("RECEIVED", "RECEIVED", "Shared with the account.");
        Add("IN_BUSINESS", "IN_BUSINESS", "Of the account's business.");
    }
}
