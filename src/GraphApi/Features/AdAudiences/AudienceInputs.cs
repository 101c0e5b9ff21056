using GraphApi.Pinterest.Ads.Audiences;
using GraphQL.Types;

namespace GraphApi.Features.AdAudiences;

public sealed class AudienceRuleInput
{
    public string? Country { get; set; }

    public string? CustomerListId { get; set; }

    public int? EngagerType { get; set; }

    public string? Event { get; set; }

    public int? Percentage { get; set; }

    public bool? Prefill { get; set; }

    public int? RetentionDays { get; set; }

    public List<string>? SeedIds { get; set; }

    public List<string>? Urls { get; set; }

    public string? VisitorSourceId { get; set; }

    public AudienceRule ToRule() => new()
    {
        Country = Country,
        CustomerListId = CustomerListId,
        EngagerType = EngagerType,
        Event = Event,
        Percentage = Percentage,
        Prefill = Prefill,
        RetentionDays = RetentionDays,
        SeedId = SeedIds,
        Url = Urls,
        VisitorSourceId = VisitorSourceId,
    };
}

public sealed class AudienceRuleInputType : InputObjectGraphType<AudienceRuleInput>
{
    public const int MaxListItems = 100;

    public AudienceRuleInputType()
    {
        Name = "AudienceRuleInput";
        Description = "How an audience's members are chosen; set the members its type uses.";
        Field(r => r.Country, nullable: true).Description("ACTALIKE: the country (two letters).");
        Field(r => r.CustomerListId, nullable: true).Description("CUSTOMER_LIST: the customer list's Pinterest ID.");
        Field(r => r.EngagerType, nullable: true).Description("ENGAGEMENT: 1 (engaged with the Pins) or 2 (engaged with the domain).");
        Field(r => r.Event, nullable: true).Description("VISITOR: the tag event (e.g. checkout).");
        Field(r => r.Percentage, nullable: true).Description("ACTALIKE: 1 (closest) to 10 (broadest).");
        Field(r => r.Prefill, nullable: true).Description("Prefill with past activity.");
        Field(r => r.RetentionDays, nullable: true).Description("How long members stay, 1–540 days.");
        Field(r => r.SeedIds, nullable: true).Description($"ACTALIKE: seed audience Pinterest IDs (up to {MaxListItems}).");
        Field(r => r.Urls, nullable: true).Description($"VISITOR: visited URLs (up to {MaxListItems}).");
        Field(r => r.VisitorSourceId, nullable: true).Description("VISITOR: the conversion tag's Pinterest ID.");
    }
}

public sealed class CreateAudienceInput
{
    public string AdAccountId { get; set; } = "";

    public string Name { get; set; } = "";

    public string AudienceType { get; set; } = "";

    public string? Description { get; set; }

    public AudienceRuleInput Rule { get; set; } = new();

    public string? IdempotencyKey { get; set; }
}

public sealed class CreateAudienceInputType : InputObjectGraphType<CreateAudienceInput>
{
    public CreateAudienceInputType()
    {
        Name = "CreateAudienceInput";
        Description = "A new audience of an ad account.";
        Field<NonNullGraphType<IdGraphType>>("adAccountId").Description("The ad account: global or Pinterest ID.");
        Field(a => a.Name).Description($"1–{AudienceChecks.NameMaxLength} characters.");
        Field<NonNullGraphType<AudienceKindEnumType>>("audienceType").Description("How members are chosen.");
        Field(a => a.Description, nullable: true).Description($"Up to {AudienceChecks.DescriptionMaxLength} characters.");
        Field<NonNullGraphType<AudienceRuleInputType>>("rule").Description("The rule.");
        Field(a => a.IdempotencyKey, nullable: true).Description("Retrying with the same key and input returns the first audience (replayed: true) instead of creating another. Kept 24 h by default.");
    }
}

public sealed class UpdateAudienceInput
{
    public string AdAccountId { get; set; } = "";

    public string AudienceId { get; set; } = "";

    public string? Name { get; set; }

    public string? Description { get; set; }

    public AudienceRuleInput? Rule { get; set; }

    public bool? Remove { get; set; }
}

public sealed class UpdateAudienceInputType : InputObjectGraphType<UpdateAudienceInput>
{
    public UpdateAudienceInputType()
    {
        Name = "UpdateAudienceInput";
        Description = "Changes to an audience; omitted fields stay as they are (Pinterest cannot clear a description).";
        Field<NonNullGraphType<IdGraphType>>("adAccountId").Description("The ad account: global or Pinterest ID.");
        Field(a => a.AudienceId).Description("The audience's Pinterest ID.");
        Field(a => a.Name, nullable: true).Description($"1–{AudienceChecks.NameMaxLength} characters.");
        Field(a => a.Description, nullable: true).Description($"Up to {AudienceChecks.DescriptionMaxLength} characters.");
        Field<AudienceRuleInputType>("rule").Description("A new rule.");
        Field(a => a.Remove, nullable: true).Description("True removes (archives) the audience.");
    }
}
