using GraphApi.Pinterest.Ads.Audiences;
using GraphApi.Schema.Relay;
using GraphQL.Types;

namespace GraphApi.Features.AdAudiences;

public sealed class AudienceType : ObjectGraphType<Audience>
{
    public AudienceType()
    {
        Name = "Audience";
        Description = "A group of people an ad account's ad groups can target or exclude.";
        Field<NonNullGraphType<StringGraphType>>("pinterestId").Description("Pinterest's audience ID.").Resolve(c => c.Source.Id);
        Field(a => a.Name, nullable: true).Description("The audience's name.");
        Field(a => a.Description, nullable: true).Description("The audience's description.");
        Field<AudienceKindEnumType>("audienceType").Description("How members are chosen.").Resolve(c => c.Source.AudienceType);
        Field(a => a.Status, nullable: true).Description("READY, INITIALIZING or TOO_SMALL (an audience needs 100 people on Pinterest before it can be used).");
        Field<LongGraphType>("size").Description("Pinterest's estimate of its members.").Resolve(c => c.Source.Size);
        Field<AudienceRuleType>("rule").Description("How members are chosen, in detail.").Resolve(c => c.Source.Rule);
        Field<DateTimeGraphType>("createdAt").Description("When it was created (UTC).").Resolve(c => AdsTimestamps.FromSeconds(c.Source.CreatedTimestamp));
        Field<DateTimeGraphType>("updatedAt").Description("When it last changed (UTC).").Resolve(c => AdsTimestamps.FromSeconds(c.Source.UpdatedTimestamp));
    }
}

public sealed class AudienceRuleType : ObjectGraphType<AudienceRule>
{
    public AudienceRuleType()
    {
        Name = "AudienceRule";
        Description = "The rule of an audience; which members are set depends on its type.";
        Field(r => r.Country, nullable: true).Description("ACTALIKE: the country (two letters).");
        Field(r => r.CustomerListId, nullable: true).Description("CUSTOMER_LIST: the customer list's Pinterest ID.");
        Field(r => r.EngagerType, nullable: true).Description("ENGAGEMENT: 1 (engaged with the Pins) or 2 (engaged with the domain).");
        Field(r => r.Event, nullable: true).Description("VISITOR: the tag event (e.g. checkout).");
        Field(r => r.Percentage, nullable: true).Description("ACTALIKE: similarity, 1 (closest) to 10 (broadest).");
        Field(r => r.Prefill, nullable: true).Description("Whether past activity prefilled it.");
        Field(r => r.RetentionDays, nullable: true).Description("How long members stay, in days.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("seedIds").Description("ACTALIKE: the seed audiences.").Resolve(c => c.Source.SeedId);
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("urls").Description("VISITOR: the URLs visited.").Resolve(c => c.Source.Url);
        Field(r => r.VisitorSourceId, nullable: true).Description("VISITOR: the conversion tag's Pinterest ID.");
    }
}

public sealed class AudienceKindEnumType : EnumerationGraphType
{
    public AudienceKindEnumType()
    {
        Name = "AudienceKind";
        Description = "How an audience's members are chosen (Pinterest's AudienceType).";
        Add("CUSTOMER_LIST", "CUSTOMER_LIST", "From a customer list.");
        Add("VISITOR", "VISITOR", "People who visited the advertiser's site (a conversion tag).");
        Add("ENGAGEMENT", "ENGAGEMENT", "People who engaged with the advertiser's Pins.");
        Add("ACTALIKE", "ACTALIKE", "People like a seed audience.");
        Add("PERSONA", "PERSONA", "A Pinterest persona.");
    }
}

public sealed class AudienceConnectionType() : ConnectionType<AudienceType, AudienceEdgeType, Audience>("Audience");

public sealed class AudienceEdgeType() : EdgeType<AudienceType, Audience>("Audience");
