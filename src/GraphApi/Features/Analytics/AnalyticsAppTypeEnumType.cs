using GraphApi.Pinterest.Analytics;
using GraphQL.Types;

namespace GraphApi.Features.Analytics;

public sealed class AnalyticsAppTypeEnumType : EnumerationGraphType
{
    public AnalyticsAppTypeEnumType()
    {
        Name = "AnalyticsAppType";
        Description = "The apps analytics can be limited to.";
        Add(AnalyticsAppType.All, AnalyticsAppType.All, "Every app.");
        Add(AnalyticsAppType.Mobile, AnalyticsAppType.Mobile, "Mobile apps.");
        Add(AnalyticsAppType.Tablet, AnalyticsAppType.Tablet, "Tablet apps.");
        Add(AnalyticsAppType.Web, AnalyticsAppType.Web, "The web.");
    }
}
