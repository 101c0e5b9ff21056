using GraphQL.Types;

namespace GraphApi.Features.Pins;

public sealed class PinImageSizeEnumType : EnumerationGraphType
{
    public PinImageSizeEnumType()
    {
        Name = "PinImageSize";
        Description = "The image sizes Pinterest renders for every pin.";
        Add("SIZE_150X150", "150x150", "A 150×150 square thumbnail.");
        Add("SIZE_400X300", "400x300", "400×300.");
        Add("SIZE_600X", "600x", "600 wide, height to scale.");
        Add("SIZE_1200X", "1200x", "1200 wide, height to scale.");
        Add("ORIGINAL", "originals", "The uploaded original.");
    }
}
