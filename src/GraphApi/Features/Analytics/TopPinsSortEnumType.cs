using GraphQL.Types;

namespace GraphApi.Features.Analytics;

public sealed class TopPinsSortEnumType : EnumerationGraphType
{
    public TopPinsSortEnumType()
    {
        Name = "TopPinsSort";
        Description = "What top pins are ranked by.";
        Add("ENGAGEMENT", "ENGAGEMENT", "Engagements.");
        Add("IMPRESSION", "IMPRESSION", "Impressions.");
        Add("OUTBOUND_CLICK", "OUTBOUND_CLICK", "Outbound clicks.");
        Add("PIN_CLICK", "PIN_CLICK", "Pin clicks.");
        Add("SAVE", "SAVE", "Saves.");
    }
}
