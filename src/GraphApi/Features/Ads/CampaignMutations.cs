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

/// <summary>
/// createCampaign and updateCampaign: one item of Pinterest's bulk writes each; an item Pinterest refuses inside its
/// 200 answer becomes a ValidationError in the payload.
/// </summary>
internal sealed class CampaignMutations : IMutationFields
{
    public static readonly string[] Objectives = ["AWARENESS", "CONSIDERATION", "WEB_CONVERSION", "CATALOG_SALES", "VIDEO_COMPLETION"];

    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<CreateCampaignPayloadType>>("createCampaign")
            .Description("Creates a campaign in an ad account.")
            .Argument<NonNullGraphType<CreateCampaignInputType>>("input", "The new campaign.")
            .RequiresScopes(PinterestScopes.AdsWrite)
            .UpstreamCost(UpstreamCost.OneCall)
            .UpstreamCategory(UpstreamCategories.AdsWrite)
            .OnScopeDenied((code, message) => new CampaignPayload(null, [UserErrors.FromDenial(code, message)]))
            .Resolve().WithService<IPinterestClient>()
            .ResolveAsync(async (c, pinterest) => await CreateAsync(c, pinterest, c.GetArgument<CreateCampaignInput>("input")));

        mutation.Field<NonNullGraphType<UpdateCampaignPayloadType>>("updateCampaign")
            .Description("Renames a campaign, changes its status or caps.")
            .Argument<NonNullGraphType<UpdateCampaignInputType>>("input", "The changes.")
            .RequiresScopes(PinterestScopes.AdsWrite)
            .UpstreamCost(UpstreamCost.OneCall)
            .UpstreamCategory(UpstreamCategories.AdsWrite)
            .OnScopeDenied((code, message) => new CampaignPayload(null, [UserErrors.FromDenial(code, message)]))
            .Resolve().WithService<IPinterestClient>()
            .ResolveAsync(async (c, pinterest) => await UpdateAsync(c, pinterest, c.GetArgument<UpdateCampaignInput>("input")));
    }

    private static Task<CampaignPayload> CreateAsync(IResolveFieldContext c, IPinterestClient pinterest, CreateCampaignInput input)
    {
        var checks = new InputChecks().Length("name", input.Name, 1, 255);
        var account = checks.PinterestId("adAccountId", input.AdAccountId, NodeTypes.AdAccount);
        if (!Objectives.Contains(input.ObjectiveType, StringComparer.Ordinal))
        {
            checks.Fail("objectiveType", $"objectiveType must be one of {string.Join(", ", Objectives)}.");
        }

        Caps(checks, input.LifetimeSpendCap, input.DailySpendCap);
        IdempotentCreate.CheckKey(input.IdempotencyKey, checks);
        return MutationRunner.RunAsync(checks.Errors, errors => new CampaignPayload(null, errors), async () =>
        {
            CampaignPayload? refused = null;
            IdempotentResult<Campaign> result;
            try
            {
                result = await IdempotentCreate.RunAsync<Campaign>(c, "createCampaign", input.IdempotencyKey,
                () => new IdempotencyFingerprint("createCampaign").Add("adAccountId", account).Add("name", input.Name).Add("objectiveType", input.ObjectiveType)
                    .Add("status", input.Status).Add("lifetimeSpendCap", input.LifetimeSpendCap?.ToString(System.Globalization.CultureInfo.InvariantCulture))
                    .Add("dailySpendCap", input.DailySpendCap?.ToString(System.Globalization.CultureInfo.InvariantCulture)).Hash(),
                async () =>
                {
                    var written = await pinterest.Campaigns.CreateAsync(account!, [new CreateCampaignRequest
                    {
                        AdAccountId = account!, Name = input.Name, ObjectiveType = input.ObjectiveType, Status = input.Status,
                        LifetimeSpendCap = (long?)input.LifetimeSpendCap, DailySpendCap = (long?)input.DailySpendCap,
                    }], c.CancellationToken);
                    return ItemOf(written, out refused) ?? throw new AdsItemRefusedException(refused!);
                },
                id => pinterest.Campaigns.GetAsync(account!, id, c.CancellationToken),
                x => x.Id,
                _ => Task.FromResult<Campaign?>(null));
            }
            catch (AdsItemRefusedException ex)
            {
                return ex.Payload;
            }

            c.Service<CampaignsByIdDataLoader>().Prime(new AdsKey(account!, result.Value.Id), result.Value);
            return new CampaignPayload(result.Value, [], result.Replayed);
        });
    }

    private static Task<CampaignPayload> UpdateAsync(IResolveFieldContext c, IPinterestClient pinterest, UpdateCampaignInput input)
    {
        var checks = new InputChecks();
        var account = checks.PinterestId("adAccountId", input.AdAccountId, NodeTypes.AdAccount);
        string? campaignId = null;
        try
        {
            campaignId = AdsListFilters.PinterestIdOf(input.CampaignId, NodeTypes.Campaign, "campaignId");
        }
        catch (ExecutionError ex)
        {
            checks.Fail("campaignId", ex.Message);
        }

        if (input.Name.HasValue)
        {
            checks.Length("name", input.Name.Value, 1, 255);
        }

        // Name and status are not nullable in CampaignUpdateRequest; the caps are (null removes the cap).
        checks.NotCleared("name", input.Name).NotCleared("status", input.Status);
        Caps(checks, input.LifetimeSpendCap.HasValue ? input.LifetimeSpendCap.Value : null, input.DailySpendCap.HasValue ? input.DailySpendCap.Value : null);
        return MutationRunner.RunAsync(checks.Errors, errors => new CampaignPayload(null, errors), async () =>
        {
            var written = await pinterest.Campaigns.UpdateAsync(account!, [new UpdateCampaignRequest
            {
                Id = campaignId!, AdAccountId = account!, Name = input.Name.ValueOrDefault, Status = input.Status.ValueOrDefault,
                LifetimeSpendCap = AdsWriteItems.Micros(input.LifetimeSpendCap), DailySpendCap = AdsWriteItems.Micros(input.DailySpendCap),
            }], c.CancellationToken);
            if (ItemOf(written, out var refused) is not { } campaign)
            {
                return refused!;
            }

            c.Service<CampaignsByIdDataLoader>().Prime(new AdsKey(account!, campaign.Id), campaign);
            return new CampaignPayload(campaign, []);
        });
    }

    private static void Caps(InputChecks checks, double? lifetime, double? daily)
    {
        if (lifetime is < 0 or > 1e15 || daily is < 0 or > 1e15)
        {
            checks.Fail(lifetime is < 0 or > 1e15 ? "lifetimeSpendCap" : "dailySpendCap", "A spend cap is a non-negative amount in micro currency.");
        }
    }

    private static Campaign? ItemOf(AdsWriteResponse<Campaign> written, out CampaignPayload? refused)
    {
        var item = written.Items.Count > 0 ? written.Items[0] : null;
        if (item?.Data is { } campaign && (item.Exceptions is null || item.Exceptions.Count == 0))
        {
            refused = null;
            return campaign;
        }

        var message = (item?.Exceptions is { Count: > 0 } refusals ? refusals[0].Message : null) ?? "Pinterest refused the campaign.";
        refused = new CampaignPayload(null, [new InvalidInputError(message, null)]);
        return null;
    }

    /// <summary>An item refused inside a 200: not a Pinterest failure, so the idempotency record must not keep it as a success.</summary>
    private sealed class AdsItemRefusedException(CampaignPayload payload) : Exception(payload.Errors[0].Message)
    {
        public CampaignPayload Payload { get; } = payload;
    }
}
