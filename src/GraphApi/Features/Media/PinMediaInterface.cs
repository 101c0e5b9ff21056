using GraphApi.Features.Pins;
using GraphQL.Types;

namespace GraphApi.Features.Media;

public sealed class PinMediaInterface : InterfaceGraphType<Pinterest.Pins.PinMedia>
{
    public PinMediaInterface()
    {
        Name = "PinMedia";
        Description = "A pin's media. Concrete types: ImagePinMedia, VideoPinMedia, MultiplePinMedia (carousels).";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PinImageType>>>>("images")
            .Description("Every rendered size (a carousel's first item, a video's cover frames).");
    }
}
