using GraphApi.Pinterest.Ads;
using GraphApi.Pinterest.Patching;
using GraphApi.Schema.Mutations;
using GraphQL.Types;

namespace GraphApi.Features.Ads;

public sealed class CreateCampaignInput
{
    public string AdAccountId { get; set; } = "";

    public string Name { get; set; } = "";

    public string ObjectiveType { get; set; } = "";

    public string? Status { get; set; }

    public double? LifetimeSpendCap { get; set; }

    public double? DailySpendCap { get; set; }

    public string? IdempotencyKey { get; set; }
}

public sealed class CreateCampaignInputType : InputObjectGraphType<CreateCampaignInput>
{
    public CreateCampaignInputType()
    {
        Name = "CreateCampaignInput";
        Description = "A new campaign.";
        Field<NonNullGraphType<IdGraphType>>("adAccountId").Description("The ad account (global or Pinterest ID).");
        Field(x => x.Name).Description("The campaign's name.");
        Field(x => x.ObjectiveType).Description($"One of {string.Join(", ", CampaignMutations.Objectives)}.");
        Field<AdEntityStatusEnumType>("status").Description("Default ACTIVE.");
        Field(x => x.LifetimeSpendCap, nullable: true).Description("Lifetime cap, micro currency.");
        Field(x => x.DailySpendCap, nullable: true).Description("Daily cap, micro currency.");
        Field(x => x.IdempotencyKey, nullable: true).Description("Retrying with the same key and input returns the first campaign (replayed: true) instead of creating another; another input with this key is refused (IDEMPOTENCY_KEY_REUSED).");
    }
}

/// <summary>An updateCampaign input: each field is Unset (omitted), Null (explicit null) or a value.</summary>
public sealed class UpdateCampaignInput
{
    public string CampaignId { get; set; } = "";

    public string AdAccountId { get; set; } = "";

    public Patch<string> Name { get; set; }

    public Patch<string> Status { get; set; }

    public Patch<double> LifetimeSpendCap { get; set; }

    public Patch<double> DailySpendCap { get; set; }
}

public sealed class UpdateCampaignInputType : InputObjectGraphType<UpdateCampaignInput>
{
    public UpdateCampaignInputType()
    {
        Name = "UpdateCampaignInput";
        Description = "Changes to a campaign: an omitted field stays as it is; an explicit null removes a spend cap and is refused for the name and status (Pinterest cannot clear them).";
        Field<NonNullGraphType<IdGraphType>>("campaignId").Description("The campaign (global or Pinterest ID).");
        Field<NonNullGraphType<IdGraphType>>("adAccountId").Description("Its ad account (global or Pinterest ID).");
        Field<StringGraphType>("name").Description($"New name (1–255 characters). {InputPatch.NotClearable}");
        Field<AdEntityStatusEnumType>("status").Description($"New status (e.g. PAUSED, ARCHIVED). {InputPatch.NotClearable}");
        Field<FloatGraphType>("lifetimeSpendCap").Description($"New lifetime cap, micro currency. {InputPatch.Clearable}");
        Field<FloatGraphType>("dailySpendCap").Description($"New daily cap, micro currency. {InputPatch.Clearable}");
    }

    // Built by hand so an absent field (Unset) and an explicit null (Null) stay apart; ToObject would make both null.
    public override object ParseDictionary(IDictionary<string, object?> value) => new UpdateCampaignInput
    {
        CampaignId = InputPatch.Required<string>(value, "campaignId"),
        AdAccountId = InputPatch.Required<string>(value, "adAccountId"),
        Name = InputPatch.Read<string>(value, "name"),
        Status = InputPatch.Read<string>(value, "status"),
        LifetimeSpendCap = InputPatch.Read<double>(value, "lifetimeSpendCap"),
        DailySpendCap = InputPatch.Read<double>(value, "dailySpendCap"),
    };
}

public sealed record CampaignPayload(Campaign? Campaign, IReadOnlyList<UserError> Errors, bool Replayed = false) : IPayload;

public sealed class CreateCampaignPayloadType : PayloadType<CampaignPayload>
{
    public CreateCampaignPayloadType()
        : base("CreateCampaignPayload", "The result of createCampaign.")
    {
        Field<CampaignType>("campaign").Description("The campaign as Pinterest returned it; null on failure.").Resolve(c => c.Source.Campaign);
        Field<NonNullGraphType<BooleanGraphType>>("replayed").Description("True when this is the campaign an earlier request with the same idempotency key created.").Resolve(c => c.Source.Replayed);
    }
}

public sealed class UpdateCampaignPayloadType : PayloadType<CampaignPayload>
{
    public UpdateCampaignPayloadType()
        : base("UpdateCampaignPayload", "The result of updateCampaign.") =>
        Field<CampaignType>("campaign").Description("The campaign as Pinterest returned it; null on failure.").Resolve(c => c.Source.Campaign);
}
