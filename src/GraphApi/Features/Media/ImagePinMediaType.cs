using GraphApi.Features.Pins;
using GraphApi.Pinterest.Pins;
using GraphQL.Types;

namespace GraphApi.Features.Media;

public sealed class ImagePinMediaType : ObjectGraphType<PinImageMedia>
{
    public ImagePinMediaType()
    {
        Name = "ImagePinMedia";
        Description = "A single image.";
        Interface<PinMediaInterface>();
        IsTypeOf = source => source is PinImageMedia;
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PinImageType>>>>("images")
            .Description("Every rendered size.")
            .Resolve(c => PinImages.All(c.Source.Images));
    }
}
