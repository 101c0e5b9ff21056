using GraphApi.Pinterest.Ads;
using GraphApi.Pinterest.Patching;
using GraphApi.Schema.Mutations;
using GraphQL.Types;

namespace GraphApi.Features.Ads;

public sealed class CreateAdInput
{
    public string AdAccountId { get; set; } = "";

    public string AdGroupId { get; set; } = "";

    public string PinId { get; set; } = "";

    public string CreativeType { get; set; } = "";

    public string? Name { get; set; }

    public string? Status { get; set; }

    public string? DestinationUrl { get; set; }

    public string? IdempotencyKey { get; set; }
}

public sealed class CreateAdInputType : InputObjectGraphType<CreateAdInput>
{
    public CreateAdInputType()
    {
        Name = "CreateAdInput";
        Description = "A new ad: one of the user's pins promoted in an ad group.";
        Field<NonNullGraphType<IdGraphType>>("adAccountId").Description("The ad account (global or Pinterest ID).");
        Field<NonNullGraphType<IdGraphType>>("adGroupId").Description("The ad group (global or Pinterest ID).");
        Field<NonNullGraphType<IdGraphType>>("pinId").Description("The pin to promote (global or Pinterest ID).");
        Field(x => x.CreativeType).Description($"One of {string.Join(", ", AdMutations.CreativeTypes)}.");
        Field(x => x.Name, nullable: true).Description("The ad's name.");
        Field<AdEntityStatusEnumType>("status").Description("Default ACTIVE.");
        Field(x => x.DestinationUrl, nullable: true).Description("Where a click goes (http or https).");
        Field(x => x.IdempotencyKey, nullable: true).Description("Retrying with the same key and input returns the first ad (replayed: true) instead of creating another; another input with this key is refused (IDEMPOTENCY_KEY_REUSED).");
    }
}

/// <summary>An updateAd input: each field is Unset (omitted), Null (explicit null) or a value.</summary>
public sealed class UpdateAdInput
{
    public string AdAccountId { get; set; } = "";

    public string AdId { get; set; } = "";

    public Patch<string> Name { get; set; }

    public Patch<string> Status { get; set; }

    public Patch<string> DestinationUrl { get; set; }
}

public sealed class UpdateAdInputType : InputObjectGraphType<UpdateAdInput>
{
    public UpdateAdInputType()
    {
        Name = "UpdateAdInput";
        Description = "Changes to an ad: an omitted field stays as it is; an explicit null clears the name or destination and is refused for the status (Pinterest cannot clear it).";
        Field<NonNullGraphType<IdGraphType>>("adAccountId").Description("Its ad account (global or Pinterest ID).");
        Field<NonNullGraphType<IdGraphType>>("adId").Description("The ad (global or Pinterest ID).");
        Field<StringGraphType>("name").Description($"New name (1–255 characters). {InputPatch.Clearable}");
        Field<AdEntityStatusEnumType>("status").Description($"New status (e.g. PAUSED, ARCHIVED). {InputPatch.NotClearable}");
        Field<StringGraphType>("destinationUrl").Description($"New destination (http or https). {InputPatch.Clearable}");
    }

    // Built by hand so an absent field (Unset) and an explicit null (Null) stay apart; ToObject would make both null.
    public override object ParseDictionary(IDictionary<string, object?> value) => new UpdateAdInput
    {
        AdAccountId = InputPatch.Required<string>(value, "adAccountId"),
        AdId = InputPatch.Required<string>(value, "adId"),
        Name = InputPatch.Read<string>(value, "name"),
        Status = InputPatch.Read<string>(value, "status"),
        DestinationUrl = InputPatch.Read<string>(value, "destinationUrl"),
    };
}

public sealed record AdPayload(Ad? Ad, IReadOnlyList<UserError> Errors, bool Replayed = false) : IPayload;

public sealed class CreateAdPayloadType : PayloadType<AdPayload>
{
    public CreateAdPayloadType()
        : base("CreateAdPayload", "The result of createAd.")
    {
        Field<AdType>("ad").Description("The ad as Pinterest returned it; null on failure.").Resolve(c => c.Source.Ad);
        Field<NonNullGraphType<BooleanGraphType>>("replayed").Description("True when this is the ad an earlier request with the same idempotency key created.").Resolve(c => c.Source.Replayed);
    }
}

public sealed class UpdateAdPayloadType : PayloadType<AdPayload>
{
    public UpdateAdPayloadType()
        : base("UpdateAdPayload", "The result of updateAd.") =>
        Field<AdType>("ad").Description("The ad as Pinterest returned it; null on failure.").Resolve(c => c.Source.Ad);
}
