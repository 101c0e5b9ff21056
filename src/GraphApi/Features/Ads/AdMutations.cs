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

/// <summary>createAd and updateAd: one item of Pinterest's bulk writes each, as createCampaign.</summary>
internal sealed class AdMutations : IMutationFields
{
    public static readonly string[] CreativeTypes =
    [
        "REGULAR", "VIDEO", "SHOPPING", "CAROUSEL", "MAX_VIDEO", "SHOP_THE_PIN", "COLLECTION", "IDEA", "SHOWCASE", "QUIZ", "COLLAGE",
        "MAX_WIDTH_REGULAR_COLLECTION", "MAX_WIDTH_VIDEO_COLLECTION",
    ];

    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<CreateAdPayloadType>>("createAd")
            .Description("Promotes one of the user's pins in an ad group.")
            .Argument<NonNullGraphType<CreateAdInputType>>("input", "The new ad.")
            .RequiresScopes(PinterestScopes.AdsWrite)
            .UpstreamCost(UpstreamCost.OneCall)
            .UpstreamCategory(UpstreamCategories.AdsWrite)
            .OnScopeDenied((code, message) => new AdPayload(null, [UserErrors.FromDenial(code, message)]))
            .Resolve().WithService<IPinterestClient>()
            .ResolveAsync(async (c, pinterest) => await CreateAsync(c, pinterest, c.GetArgument<CreateAdInput>("input")));

        mutation.Field<NonNullGraphType<UpdateAdPayloadType>>("updateAd")
            .Description("Renames an ad, changes its status or destination.")
            .Argument<NonNullGraphType<UpdateAdInputType>>("input", "The changes.")
            .RequiresScopes(PinterestScopes.AdsWrite)
            .UpstreamCost(UpstreamCost.OneCall)
            .UpstreamCategory(UpstreamCategories.AdsWrite)
            .OnScopeDenied((code, message) => new AdPayload(null, [UserErrors.FromDenial(code, message)]))
            .Resolve().WithService<IPinterestClient>()
            .ResolveAsync(async (c, pinterest) => await UpdateAsync(c, pinterest, c.GetArgument<UpdateAdInput>("input")));
    }

    private static Task<AdPayload> CreateAsync(IResolveFieldContext c, IPinterestClient pinterest, CreateAdInput input)
    {
        var checks = new InputChecks().MaxLength("name", input.Name, 255).HttpUrl("destinationUrl", input.DestinationUrl);
        var account = checks.PinterestId("adAccountId", input.AdAccountId, NodeTypes.AdAccount);
        var adGroup = AdsWriteItems.IdOf(checks, "adGroupId", input.AdGroupId, NodeTypes.AdGroup);
        var pin = checks.PinterestId("pinId", input.PinId, NodeTypes.Pin);
        if (!CreativeTypes.Contains(input.CreativeType, StringComparer.Ordinal))
        {
            checks.Fail("creativeType", $"`creativeType` must be one of {string.Join(", ", CreativeTypes)}.");
        }

        IdempotentCreate.CheckKey(input.IdempotencyKey, checks);
        return MutationRunner.RunAsync(checks.Errors, errors => new AdPayload(null, errors), async () =>
        {
            IdempotentResult<Ad> result;
            try
            {
                result = await IdempotentCreate.RunAsync<Ad>(c, "createAd", input.IdempotencyKey,
                () => new IdempotencyFingerprint("createAd").Add("adAccountId", account).Add("adGroupId", adGroup).Add("pinId", pin)
                    .Add("creativeType", input.CreativeType).Add("name", input.Name).Add("status", input.Status).Add("destinationUrl", input.DestinationUrl).Hash(),
                async () =>
                {
                    var written = await pinterest.Ads.CreateAsync(account!, [new CreateAdRequest
                    {
                        AdGroupId = adGroup!, PinId = pin!, CreativeType = input.CreativeType, Name = input.Name, Status = input.Status,
                        DestinationUrl = input.DestinationUrl,
                    }], c.CancellationToken);
                    return AdsWriteItems.First(written, "ad", out var refusal) ?? throw new AdsItemRefusedException(refusal!);
                },
                id => pinterest.Ads.GetAsync(account!, id, c.CancellationToken),
                x => x.Id,
                _ => Task.FromResult<Ad?>(null));
            }
            catch (AdsItemRefusedException ex)
            {
                return new AdPayload(null, [ex.Error]);
            }

            c.Service<AdsByIdDataLoader>().Prime(new AdsKey(account!, result.Value.Id), result.Value);
            return new AdPayload(result.Value, [], result.Replayed);
        });
    }

    private static Task<AdPayload> UpdateAsync(IResolveFieldContext c, IPinterestClient pinterest, UpdateAdInput input)
    {
        var checks = new InputChecks().HttpUrl("destinationUrl", input.DestinationUrl.ValueOrDefault);
        var account = checks.PinterestId("adAccountId", input.AdAccountId, NodeTypes.AdAccount);
        var adId = AdsWriteItems.IdOf(checks, "adId", input.AdId, NodeTypes.Ad);
        if (input.Name.HasValue)
        {
            checks.Length("name", input.Name.Value, 1, 255);
        }

        // Status is not nullable in AdUpdateRequest; name and destination_url are (null clears them).
        checks.NotCleared("status", input.Status);

        return MutationRunner.RunAsync(checks.Errors, errors => new AdPayload(null, errors), async () =>
        {
            var written = await pinterest.Ads.UpdateAsync(account!, [new UpdateAdRequest
            {
                Id = adId!, Name = input.Name, Status = input.Status.ValueOrDefault, DestinationUrl = input.DestinationUrl,
            }], c.CancellationToken);
            if (AdsWriteItems.First(written, "ad", out var refusal) is not { } ad)
            {
                return new AdPayload(null, [refusal!]);
            }

            c.Service<AdsByIdDataLoader>().Prime(new AdsKey(account!, ad.Id), ad);
            return new AdPayload(ad, []);
        });
    }
}
