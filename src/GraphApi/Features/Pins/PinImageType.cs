using GraphQL.Types;

namespace GraphApi.Features.Pins;

public sealed class PinImageType : ObjectGraphType<PinImage>
{
    public PinImageType()
    {
        Name = "PinImage";
        Description = "One size of a pin's image.";
        Field(i => i.Url).Description("The image URL.");
        Field(i => i.Width, nullable: true).Description("Width in pixels, when Pinterest says.");
        Field(i => i.Height, nullable: true).Description("Height in pixels, when Pinterest says.");
        Field(i => i.Size).Description("Pinterest's size key, e.g. 150x150, 400x300, 600x, 1200x or originals.");
    }
}
