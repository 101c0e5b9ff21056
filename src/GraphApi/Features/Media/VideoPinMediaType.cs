using GraphApi.Features.Pins;
using GraphApi.Pinterest.Pins;
using GraphQL.Types;

namespace GraphApi.Features.Media;

public sealed class VideoPinMediaType : ObjectGraphType<PinVideoMedia>
{
    public VideoPinMediaType()
    {
        Name = "VideoPinMedia";
        Description = "A video with its cover.";
        Interface<PinMediaInterface>();
        IsTypeOf = source => source is PinVideoMedia;
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PinImageType>>>>("images")
            .Description("The cover in every rendered size.")
            .Resolve(c => PinImages.All(c.Source.Images));
        Field(v => v.CoverImageUrl, nullable: true).Description("The cover image.");
        Field(v => v.VideoUrl, nullable: true).Description("The video file.");
        // Pinterest sends milliseconds; the field promises seconds.
        Field<FloatGraphType>("duration").Description("Length in seconds.").Resolve(c => c.Source.Duration / 1000);
        Field(v => v.Width, nullable: true).Description("Width in pixels.");
        Field(v => v.Height, nullable: true).Description("Height in pixels.");
    }
}
