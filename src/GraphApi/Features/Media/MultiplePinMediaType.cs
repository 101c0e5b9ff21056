using GraphApi.Features.Pins;
using GraphApi.Pinterest.Pins;
using GraphQL.Types;

namespace GraphApi.Features.Media;

public sealed class MultiplePinMediaType : ObjectGraphType<PinMedia>
{
    public MultiplePinMediaType()
    {
        Name = "MultiplePinMedia";
        Description = "A carousel of images, videos or both.";
        Interface<PinMediaInterface>();
        IsTypeOf = source => source is PinMultipleImagesMedia or PinMultipleVideosMedia or PinMultipleMixedMedia;
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PinImageType>>>>("images")
            .Description("The first item's image in every rendered size.")
            .Resolve(c => PinImages.All(PinImages.Of(c.Source)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PinMediaItemType>>>>("items")
            .Description("The carousel's items, in order.")
            .Resolve(c => c.Source switch
            {
                PinMultipleImagesMedia m => m.Items ?? [],
                PinMultipleVideosMedia m => m.Items ?? [],
                PinMultipleMixedMedia m => m.Items ?? [],
                _ => [],
            });
    }
}
