using GraphApi.Execution.Cost;
using GraphApi.Execution.Scopes;
using GraphApi.Pinterest;
using GraphApi.Pinterest.Ads;
using GraphApi.Pinterest.OAuth;
using GraphApi.Schema;
using GraphApi.Schema.Mutations;
using GraphApi.Schema.Mutations.Idempotency;
using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;

namespace GraphApi.Features.Ads;

/// <summary>createAdAccount (<c>ad_accounts/create</c>): always owned by the connected user, so no owner is taken.</summary>
internal sealed class AdAccountMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<CreateAdAccountPayloadType>>("createAdAccount")
            .Description("Creates an ad account owned by the connected user.")
            .Argument<NonNullGraphType<CreateAdAccountInputType>>("input", "The new ad account.")
            .RequiresScopes(PinterestScopes.AdsWrite)
            .UpstreamCost(UpstreamCost.OneCall)
            .UpstreamCategory(UpstreamCategories.AdsWrite)
            .OnScopeDenied((code, message) => new AdAccountPayload(null, [UserErrors.FromDenial(code, message)]))
            .Resolve().WithService<IPinterestClient>()
            .ResolveAsync(async (c, pinterest) => await CreateAsync(c, pinterest, c.GetArgument<CreateAdAccountInput>("input")));

    private static Task<AdAccountPayload> CreateAsync(IResolveFieldContext c, IPinterestClient pinterest, CreateAdAccountInput input)
    {
        var checks = new InputChecks().Length("name", input.Name, 1, 256);
        if (input.Country is not { Length: 2 } || !input.Country.All(char.IsAsciiLetterUpper))
        {
            checks.Fail("country", "`country` is an ISO 3166-1 alpha-2 code such as US.");
        }

        if (input.Currency is not null && (input.Currency.Length != 3 || !input.Currency.All(char.IsAsciiLetterUpper)))
        {
            checks.Fail("currency", "`currency` is an ISO 4217 code such as USD.");
        }

        IdempotentCreate.CheckKey(input.IdempotencyKey, checks);
        return MutationRunner.RunAsync(checks.Errors, errors => new AdAccountPayload(null, errors), async () =>
        {
            var result = await IdempotentCreate.RunAsync<AdAccount>(c, "createAdAccount", input.IdempotencyKey,
                () => new IdempotencyFingerprint("createAdAccount").Add("name", input.Name).Add("country", input.Country).Add("currency", input.Currency).Hash(),
                () => pinterest.AdAccounts.CreateAsync(new CreateAdAccountRequest { Name = input.Name, Country = input.Country, Currency = input.Currency }, c.CancellationToken),
                id => pinterest.AdAccounts.GetAsync(id, c.CancellationToken),
                x => x.Id,
                _ => Task.FromResult<AdAccount?>(null));
            c.Service<AdAccountsByIdDataLoader>().Prime(result.Value.Id, result.Value);
            return new AdAccountPayload(result.Value, [], result.Replayed);
        });
    }
}
