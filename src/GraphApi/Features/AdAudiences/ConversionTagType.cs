using GraphApi.Pinterest.Ads.ConversionTags;
using GraphQL.Types;

namespace GraphApi.Features.AdAudiences;

public sealed class ConversionTagType : ObjectGraphType<ConversionTag>
{
    public ConversionTagType()
    {
        Name = "ConversionTag";
        Description = "A Pinterest Tag: the snippet an advertiser's site loads to report visits and conversions.";
        Field<NonNullGraphType<StringGraphType>>("pinterestId").Description("Pinterest's tag ID.").Resolve(c => c.Source.Id);
        Field(t => t.Name, nullable: true).Description("The tag's name.");
        Field(t => t.Status, nullable: true).Description("ACTIVE, PAUSED, ARCHIVED, ...");
        Field(t => t.CodeSnippet, nullable: true).Description("The JavaScript to put on the site.");
        Field(t => t.Version, nullable: true).Description("The tag's version.");
        Field<DateTimeGraphType>("lastFiredAt").Description("When the tag last fired (UTC); null if never.").Resolve(c => AdsTimestamps.FromMilliseconds(c.Source.LastFiredTimeMs));
        Field<BooleanGraphType>("enhancedMatch").Description("Whether Automatic Enhanced Match on email is on.").Resolve(c => c.Source.Configs?.AemEnabled);
    }
}
