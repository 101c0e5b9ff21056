using System.Security.Cryptography;
using System.Text;
using GraphApi.Execution.Cost;
using GraphApi.Execution.Scopes;
using GraphApi.Features.AdReports;
using GraphApi.Pinterest;
using GraphApi.Pinterest.Billing;
using GraphApi.Pinterest.OAuth;
using GraphApi.Schema;
using GraphApi.Schema.Mutations;
using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;

namespace GraphApi.Features.Billing;

public sealed class RedeemAdsCreditInput
{
    public string AdAccountId { get; set; } = "";

    public string OfferCode { get; set; } = "";

    public bool ValidateOnly { get; set; }
}

public sealed class RedeemAdsCreditInputType : InputObjectGraphType<RedeemAdsCreditInput>
{
    public const int MaxOfferCodeLength = 256;

    public RedeemAdsCreditInputType()
    {
        Name = "RedeemAdsCreditInput";
        Description = "An ads credit offer code to redeem. Only its SHA-256 is sent to Pinterest.";
        Field<NonNullGraphType<IdGraphType>>("adAccountId").Description("The ad account: global or Pinterest ID.");
        Field(r => r.OfferCode).Description($"The offer code as printed (1–{MaxOfferCodeLength} characters).");
        Field<BooleanGraphType>("validateOnly").Description("True only checks that the code could be redeemed (default false).").DefaultValue(false);
    }
}

public sealed record RedeemAdsCreditPayload(bool? Redeemed, int? PinterestCode, string? Reason, IReadOnlyList<UserError> Errors) : IPayload;

public sealed class RedeemAdsCreditPayloadType : PayloadType<RedeemAdsCreditPayload>
{
    public RedeemAdsCreditPayloadType()
        : base("RedeemAdsCreditPayload", "The result of redeemAdsCredit. A code Pinterest refuses is redeemed: false with its reason, not an error.")
    {
        Field<BooleanGraphType>("redeemed").Description("True when the code was applied (or, with validateOnly, could be); null when the request failed.").Resolve(c => c.Source.Redeemed);
        Field<IntGraphType>("pinterestCode").Description("Pinterest's code when it refused (e.g. 2708: already redeemed).").Resolve(c => c.Source.PinterestCode);
        Field<StringGraphType>("reason").Description("Why Pinterest refused.").Resolve(c => c.Source.Reason);
    }
}

/// <summary>redeemAdsCredit: ads:write and billing:write together, as the spec states. The code is hashed here, so it never leaves the gateway.</summary>
internal sealed class BillingMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<RedeemAdsCreditPayloadType>>("redeemAdsCredit")
            .Description("Redeems an ads credit offer code on an ad account (or only checks it).")
            .Argument<NonNullGraphType<RedeemAdsCreditInputType>>("input", "The code.")
            .RequiresScopes(PinterestScopes.AdsWrite, PinterestScopes.BillingWrite)
            .UpstreamCost(UpstreamCost.OneCall)
            .UpstreamCategory(UpstreamCategories.AdsWrite)
            .OnScopeDenied((code, message) => new RedeemAdsCreditPayload(null, null, null, [UserErrors.FromDenial(code, message)]))
            .Resolve().WithService<IPinterestClient>()
            .ResolveAsync(async (c, pinterest) => await RedeemAsync(c, pinterest, c.GetArgument<RedeemAdsCreditInput>("input")));

    private static Task<RedeemAdsCreditPayload> RedeemAsync(IResolveFieldContext c, IPinterestClient pinterest, RedeemAdsCreditInput input)
    {
        var checks = new InputChecks().Length("offerCode", input.OfferCode, 1, RedeemAdsCreditInputType.MaxOfferCodeLength);
        var accountId = checks.AdAccountId(input.AdAccountId);
        return MutationRunner.RunAsync(checks.Errors, errors => new RedeemAdsCreditPayload(null, null, null, errors), async () =>
        {
            var result = await pinterest.Billing.RedeemCreditAsync(accountId!, new RedeemAdsCreditRequest
            {
                OfferCodeHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(input.OfferCode))),
                ValidateOnly = input.ValidateOnly,
            }, c.CancellationToken);
            return new RedeemAdsCreditPayload(result.Success, result.ErrorCode, result.ErrorMessage, []);
        });
    }
}
