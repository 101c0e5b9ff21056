using GraphApi.Features.Pins;
using GraphApi.Pinterest.Pins;
using GraphQL.Types;

namespace GraphApi.Features.Media;

public sealed class PinMediaItemType : ObjectGraphType<PinMediaItem>
{
    public PinMediaItemType()
    {
        Name = "PinMediaItem";
        Description = "One carousel item: an image or a video.";
        Field(i => i.ItemType, nullable: true).Description("image or video.");
        Field(i => i.Title, nullable: true).Description("The item's own title.");
        Field(i => i.Description, nullable: true).Description("The item's own description.");
        Field(i => i.Link, nullable: true).Description("The item's own link.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PinImageType>>>>("images")
            .Description("Every rendered size of the item's image.")
            .Resolve(c => PinImages.All(c.Source.Images));
        Field(i => i.CoverImageUrl, nullable: true).Description("A video item's cover.");
        Field(i => i.VideoUrl, nullable: true).Description("A video item's file.");
        // Pinterest sends milliseconds; the field promises seconds.
        Field<FloatGraphType>("duration").Description("A video item's length in seconds.").Resolve(c => c.Source.Duration / 1000);
    }
}
