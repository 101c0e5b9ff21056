using GraphApi.Pinterest.Ads.Keywords;
using GraphApi.Schema.Relay;
using GraphQL.Types;

namespace GraphApi.Features.AdAudiences;

public sealed class KeywordType : ObjectGraphType<Keyword>
{
    public KeywordType()
    {
        Name = "Keyword";
        Description = "A targeting keyword of an ad account, campaign or ad group.";
        Field<NonNullGraphType<StringGraphType>>("pinterestId").Description("Pinterest's keyword ID.").Resolve(c => c.Source.Id);
        Field(k => k.Value, nullable: true).Description("The keyword's text.");
        Field<KeywordMatchTypeEnumType>("matchType").Description("How searches must match it.").Resolve(c => c.Source.MatchType);
        Field<LongGraphType>("bidMicro").Description("Its bid in micro units of the account's currency; null uses the ad group's bid.").Resolve(c => c.Source.Bid);
        Field(k => k.Archived, nullable: true).Description("Whether it is archived.");
        Field(k => k.ParentId, nullable: true).Description("The Pinterest ID of the ad account, campaign or ad group it belongs to.");
        Field(k => k.ParentType, nullable: true).Description("advertiser, campaign or ad_group.");
    }
}

public sealed class KeywordMatchTypeEnumType : EnumerationGraphType
{
    public KeywordMatchTypeEnumType()
    {
        Name = "KeywordMatchType";
        Description = "How a search must match a keyword (negative types exclude).";
        Add("BROAD", "BROAD", "Related searches.");
        Add("PHRASE", "PHRASE", "Searches containing the phrase.");
        Add("EXACT", "EXACT", "The exact search.");
        Add("EXACT_NEGATIVE", "EXACT_NEGATIVE", "Never show for the exact search.");
        Add("PHRASE_NEGATIVE", "PHRASE_NEGATIVE", "Never show for searches containing the phrase.");
    }
}

public sealed class RejectedKeywordType : ObjectGraphType<KeywordError>
{
    public RejectedKeywordType()
    {
        Name = "RejectedKeyword";
        Description = "A keyword Pinterest refused to write, and why.";
        Field<KeywordType>("keyword").Description("The keyword as sent.").Resolve(c => c.Source.Data);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("messages").Description("Pinterest's reasons.").Resolve(c => c.Source.ErrorMessages);
    }
}

public sealed class KeywordConnectionType() : ConnectionType<KeywordType, KeywordEdgeType, Keyword>("Keyword");

public sealed class KeywordEdgeType() : EdgeType<KeywordType, Keyword>("Keyword");
