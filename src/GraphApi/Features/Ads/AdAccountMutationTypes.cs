using GraphApi.Pinterest.Ads;
using GraphApi.Schema.Mutations;
using GraphQL.Types;

namespace GraphApi.Features.Ads;

public sealed class CreateAdAccountInput
{
    public string Name { get; set; } = "";

    public string Country { get; set; } = "";

    public string? Currency { get; set; }

    public string? IdempotencyKey { get; set; }
}

public sealed class CreateAdAccountInputType : InputObjectGraphType<CreateAdAccountInput>
{
    public CreateAdAccountInputType()
    {
        Name = "CreateAdAccountInput";
        Description = "A new ad account owned by the connected user.";
        Field(x => x.Name).Description("The account's name (1–256 characters).");
        Field(x => x.Country).Description("ISO 3166-1 alpha-2 country, e.g. US.");
        Field(x => x.Currency, nullable: true).Description("ISO 4217 currency Pinterest bills in; Pinterest's default is USD.");
        Field(x => x.IdempotencyKey, nullable: true).Description("Retrying with the same key and input returns the first account (replayed: true) instead of creating another; another input with this key is refused (IDEMPOTENCY_KEY_REUSED).");
    }
}

public sealed record AdAccountPayload(AdAccount? AdAccount, IReadOnlyList<UserError> Errors, bool Replayed = false) : IPayload;

public sealed class CreateAdAccountPayloadType : PayloadType<AdAccountPayload>
{
    public CreateAdAccountPayloadType()
        : base("CreateAdAccountPayload", "The result of createAdAccount.")
    {
        Field<AdAccountType>("adAccount").Description("The account as Pinterest returned it; null on failure.").Resolve(c => c.Source.AdAccount);
        Field<NonNullGraphType<BooleanGraphType>>("replayed").Description("True when this is the account an earlier request with the same idempotency key created.").Resolve(c => c.Source.Replayed);
    }
}
