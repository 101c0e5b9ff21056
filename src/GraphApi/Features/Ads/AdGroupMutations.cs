using System.Globalization;
using GraphApi.Execution.Cost;
using GraphApi.Execution.Scopes;
using GraphApi.Features.Pins;
using GraphApi.Pinterest;
using GraphApi.Pinterest.Ads;
using GraphApi.Pinterest.OAuth;
using GraphApi.Schema;
using GraphApi.Schema.Mutations;
using GraphApi.Schema.Mutations.Idempotency;
using GraphApi.Schema.Relay;
using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;

namespace GraphApi.Features.Ads;

/// <summary>createAdGroup and updateAdGroup: one item of Pinterest's bulk writes each, as createCampaign.</summary>
internal sealed class AdGroupMutations : IMutationFields
{
    public static readonly string[] BillableEvents = ["CLICKTHROUGH", "IMPRESSION", "VIDEO_V_50_MRC"];
    public static readonly string[] BudgetTypes = ["DAILY", "LIFETIME", "CBO_ADGROUP"];

    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<CreateAdGroupPayloadType>>("createAdGroup")
            .Description("Creates an ad group in a campaign.")
            .Argument<NonNullGraphType<CreateAdGroupInputType>>("input", "The new ad group.")
            .RequiresScopes(PinterestScopes.AdsWrite)
            .UpstreamCost(UpstreamCost.OneCall)
            .UpstreamCategory(UpstreamCategories.AdsWrite)
            .OnScopeDenied((code, message) => new AdGroupPayload(null, [UserErrors.FromDenial(code, message)]))
            .Resolve().WithService<IPinterestClient>()
            .ResolveAsync(async (c, pinterest) => await CreateAsync(c, pinterest, c.GetArgument<CreateAdGroupInput>("input")));

        mutation.Field<NonNullGraphType<UpdateAdGroupPayloadType>>("updateAdGroup")
            .Description("Renames an ad group, changes its status, budget or bid.")
            .Argument<NonNullGraphType<UpdateAdGroupInputType>>("input", "The changes.")
            .RequiresScopes(PinterestScopes.AdsWrite)
            .UpstreamCost(UpstreamCost.OneCall)
            .UpstreamCategory(UpstreamCategories.AdsWrite)
            .OnScopeDenied((code, message) => new AdGroupPayload(null, [UserErrors.FromDenial(code, message)]))
            .Resolve().WithService<IPinterestClient>()
            .ResolveAsync(async (c, pinterest) => await UpdateAsync(c, pinterest, c.GetArgument<UpdateAdGroupInput>("input")));
    }

    private static Task<AdGroupPayload> CreateAsync(IResolveFieldContext c, IPinterestClient pinterest, CreateAdGroupInput input)
    {
        var checks = new InputChecks().Length("name", input.Name, 1, 255);
        var account = checks.PinterestId("adAccountId", input.AdAccountId, NodeTypes.AdAccount);
        var campaign = AdsWriteItems.IdOf(checks, "campaignId", input.CampaignId, NodeTypes.Campaign);
        if (!BillableEvents.Contains(input.BillableEvent, StringComparer.Ordinal))
        {
            checks.Fail("billableEvent", $"`billableEvent` must be one of {string.Join(", ", BillableEvents)}.");
        }

        AdsWriteItems.OneOf(checks, "budgetType", input.BudgetType, BudgetTypes);
        AdsWriteItems.Money(checks, "budgetInMicroCurrency", input.BudgetInMicroCurrency);
        AdsWriteItems.Money(checks, "bidInMicroCurrency", input.BidInMicroCurrency);
        IdempotentCreate.CheckKey(input.IdempotencyKey, checks);
        return MutationRunner.RunAsync(checks.Errors, errors => new AdGroupPayload(null, errors), async () =>
        {
            IdempotentResult<AdGroup> result;
            try
            {
                result = await IdempotentCreate.RunAsync<AdGroup>(c, "createAdGroup", input.IdempotencyKey,
                () => new IdempotencyFingerprint("createAdGroup").Add("adAccountId", account).Add("campaignId", campaign).Add("name", input.Name)
                    .Add("billableEvent", input.BillableEvent).Add("status", input.Status).Add("budgetType", input.BudgetType)
                    .Add("budget", input.BudgetInMicroCurrency?.ToString(CultureInfo.InvariantCulture))
                    .Add("bid", input.BidInMicroCurrency?.ToString(CultureInfo.InvariantCulture)).Hash(),
                async () =>
                {
                    var written = await pinterest.AdGroups.CreateAsync(account!, [new CreateAdGroupRequest
                    {
                        CampaignId = campaign!, Name = input.Name, BillableEvent = input.BillableEvent, Status = input.Status, BudgetType = input.BudgetType,
                        BudgetInMicroCurrency = (long?)input.BudgetInMicroCurrency, BidInMicroCurrency = (long?)input.BidInMicroCurrency,
                    }], c.CancellationToken);
                    return AdsWriteItems.First(written, "ad group", out var refusal) ?? throw new AdsItemRefusedException(refusal!);
                },
                id => pinterest.AdGroups.GetAsync(account!, id, c.CancellationToken),
                x => x.Id,
                _ => Task.FromResult<AdGroup?>(null));
            }
            catch (AdsItemRefusedException ex)
            {
                return new AdGroupPayload(null, [ex.Error]);
            }

            c.Service<AdGroupsByIdDataLoader>().Prime(new AdsKey(account!, result.Value.Id), result.Value);
            return new AdGroupPayload(result.Value, [], result.Replayed);
        });
    }

    private static Task<AdGroupPayload> UpdateAsync(IResolveFieldContext c, IPinterestClient pinterest, UpdateAdGroupInput input)
    {
        var checks = new InputChecks();
        var account = checks.PinterestId("adAccountId", input.AdAccountId, NodeTypes.AdAccount);
        var adGroupId = AdsWriteItems.IdOf(checks, "adGroupId", input.AdGroupId, NodeTypes.AdGroup);
        if (input.Name.HasValue)
        {
            checks.Length("name", input.Name.Value, 1, 255);
        }

        // Name and status are not nullable in AdGroupUpdateRequest; budget and bid are (null clears them).
        checks.NotCleared("name", input.Name).NotCleared("status", input.Status);
        AdsWriteItems.Money(checks, "budgetInMicroCurrency", input.BudgetInMicroCurrency.HasValue ? input.BudgetInMicroCurrency.Value : null);
        AdsWriteItems.Money(checks, "bidInMicroCurrency", input.BidInMicroCurrency.HasValue ? input.BidInMicroCurrency.Value : null);
        return MutationRunner.RunAsync(checks.Errors, errors => new AdGroupPayload(null, errors), async () =>
        {
            var written = await pinterest.AdGroups.UpdateAsync(account!, [new UpdateAdGroupRequest
            {
                Id = adGroupId!, Name = input.Name.ValueOrDefault, Status = input.Status.ValueOrDefault,
                BudgetInMicroCurrency = AdsWriteItems.Micros(input.BudgetInMicroCurrency), BidInMicroCurrency = AdsWriteItems.Micros(input.BidInMicroCurrency),
            }], c.CancellationToken);
            if (AdsWriteItems.First(written, "ad group", out var refusal) is not { } group)
            {
                return new AdGroupPayload(null, [refusal!]);
            }

            c.Service<AdGroupsByIdDataLoader>().Prime(new AdsKey(account!, group.Id), group);
            return new AdGroupPayload(group, []);
        });
    }
}
