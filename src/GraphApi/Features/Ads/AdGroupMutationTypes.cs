using GraphApi.Pinterest.Ads;
using GraphApi.Pinterest.Patching;
using GraphApi.Schema.Mutations;
using GraphQL.Types;

namespace GraphApi.Features.Ads;

public sealed class CreateAdGroupInput
{
    public string AdAccountId { get; set; } = "";

    public string CampaignId { get; set; } = "";

    public string Name { get; set; } = "";

    public string BillableEvent { get; set; } = "";

    public string? Status { get; set; }

    public string? BudgetType { get; set; }

    public double? BudgetInMicroCurrency { get; set; }

    public double? BidInMicroCurrency { get; set; }

    public string? IdempotencyKey { get; set; }
}

public sealed class CreateAdGroupInputType : InputObjectGraphType<CreateAdGroupInput>
{
    public CreateAdGroupInputType()
    {
        Name = "CreateAdGroupInput";
        Description = "A new ad group in a campaign.";
        Field<NonNullGraphType<IdGraphType>>("adAccountId").Description("The ad account (global or Pinterest ID).");
        Field<NonNullGraphType<IdGraphType>>("campaignId").Description("The campaign (global or Pinterest ID).");
        Field(x => x.Name).Description("The ad group's name (1–255 characters).");
        Field(x => x.BillableEvent).Description($"What is billed: one of {string.Join(", ", AdGroupMutations.BillableEvents)}.");
        Field<AdEntityStatusEnumType>("status").Description("Default ACTIVE.");
        Field(x => x.BudgetType, nullable: true).Description($"One of {string.Join(", ", AdGroupMutations.BudgetTypes)}; Pinterest's default is DAILY.");
        Field(x => x.BudgetInMicroCurrency, nullable: true).Description("Budget, micro currency.");
        Field(x => x.BidInMicroCurrency, nullable: true).Description("Bid, micro currency.");
        Field(x => x.IdempotencyKey, nullable: true).Description("Retrying with the same key and input returns the first ad group (replayed: true) instead of creating another; another input with this key is refused (IDEMPOTENCY_KEY_REUSED).");
    }
}

/// <summary>An updateAdGroup input: each field is Unset (omitted), Null (explicit null) or a value.</summary>
public sealed class UpdateAdGroupInput
{
    public string AdAccountId { get; set; } = "";

    public string AdGroupId { get; set; } = "";

    public Patch<string> Name { get; set; }

    public Patch<string> Status { get; set; }

    public Patch<double> BudgetInMicroCurrency { get; set; }

    public Patch<double> BidInMicroCurrency { get; set; }
}

public sealed class UpdateAdGroupInputType : InputObjectGraphType<UpdateAdGroupInput>
{
    public UpdateAdGroupInputType()
    {
        Name = "UpdateAdGroupInput";
        Description = "Changes to an ad group: an omitted field stays as it is; an explicit null clears the budget or bid and is refused for the name and status (Pinterest cannot clear them).";
        Field<NonNullGraphType<IdGraphType>>("adAccountId").Description("Its ad account (global or Pinterest ID).");
        Field<NonNullGraphType<IdGraphType>>("adGroupId").Description("The ad group (global or Pinterest ID).");
        Field<StringGraphType>("name").Description($"New name (1–255 characters). {InputPatch.NotClearable}");
        Field<AdEntityStatusEnumType>("status").Description($"New status (e.g. PAUSED, ARCHIVED). {InputPatch.NotClearable}");
        Field<FloatGraphType>("budgetInMicroCurrency").Description($"New budget, micro currency. {InputPatch.Clearable}");
        Field<FloatGraphType>("bidInMicroCurrency").Description($"New bid, micro currency. {InputPatch.Clearable}");
    }

    // Built by hand so an absent field (Unset) and an explicit null (Null) stay apart; ToObject would make both null.
    public override object ParseDictionary(IDictionary<string, object?> value) => new UpdateAdGroupInput
    {
        AdAccountId = InputPatch.Required<string>(value, "adAccountId"),
        AdGroupId = InputPatch.Required<string>(value, "adGroupId"),
        Name = InputPatch.Read<string>(value, "name"),
        Status = InputPatch.Read<string>(value, "status"),
        BudgetInMicroCurrency = InputPatch.Read<double>(value, "budgetInMicroCurrency"),
        BidInMicroCurrency = InputPatch.Read<double>(value, "bidInMicroCurrency"),
    };
}

public sealed record AdGroupPayload(AdGroup? AdGroup, IReadOnlyList<UserError> Errors, bool Replayed = false) : IPayload;

public sealed class CreateAdGroupPayloadType : PayloadType<AdGroupPayload>
{
    public CreateAdGroupPayloadType()
        : base("CreateAdGroupPayload", "The result of createAdGroup.")
    {
        Field<AdGroupType>("adGroup").Description("The ad group as Pinterest returned it; null on failure.").Resolve(c => c.Source.AdGroup);
        Field<NonNullGraphType<BooleanGraphType>>("replayed").Description("True when this is the ad group an earlier request with the same idempotency key created.").Resolve(c => c.Source.Replayed);
    }
}

public sealed class UpdateAdGroupPayloadType : PayloadType<AdGroupPayload>
{
    public UpdateAdGroupPayloadType()
        : base("UpdateAdGroupPayload", "The result of updateAdGroup.") =>
        Field<AdGroupType>("adGroup").Description("The ad group as Pinterest returned it; null on failure.").Resolve(c => c.Source.AdGroup);
}
