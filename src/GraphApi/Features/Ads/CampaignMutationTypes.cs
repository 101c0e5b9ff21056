using GraphApi.Pinterest.Ads;
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

public sealed class UpdateCampaignInput
{
    public string CampaignId { get; set; } = "";

    public string AdAccountId { get; set; } = "";

    public string? Name { get; set; }

    public string? Status { get; set; }

    public double? LifetimeSpendCap { get; set; }

    public double? DailySpendCap { get; set; }
}

public sealed class UpdateCampaignInputType : InputObjectGraphType<UpdateCampaignInput>
{
    public UpdateCampaignInputType()
    {
        Name = "UpdateCampaignInput";
        Description = "Changes to a campaign; omitted fields are left as they are (clearing a cap is not offered yet).";
        Field<NonNullGraphType<IdGraphType>>("campaignId").Description("The campaign (global or Pinterest ID).");
        Field<NonNullGraphType<IdGraphType>>("adAccountId").Description("Its ad account (global or Pinterest ID).");
        Field(x => x.Name, nullable: true).Description("New name.");
        Field<AdEntityStatusEnumType>("status").Description("New status (e.g. PAUSED, ARCHIVED).");
        Field(x => x.LifetimeSpendCap, nullable: true).Description("New lifetime cap, micro currency.");
        Field(x => x.DailySpendCap, nullable: true).Description("New daily cap, micro currency.");
    }
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
