using GraphApi.Pinterest.Ads;
using GraphQL.Types;

namespace GraphApi.Features.Ads;

/// <summary>
/// The targeting types one targeting-analytics endpoint accepts: each endpoint has its own set (the account's lacks
/// some the campaign's has), so each level gets its own enum, checked against its operation by OperationEnumTests.
/// </summary>
public abstract class AdsTargetingTypeEnumType : EnumerationGraphType
{
    protected AdsTargetingTypeEnumType(string name, string level, IEnumerable<string> values)
    {
        Name = name;
        Description = $"A targeting type {level} analytics can be split by.";
        foreach (var value in values)
        {
            Add(value, value);
        }
    }
}

public sealed class AdAccountTargetingTypeEnumType() : AdsTargetingTypeEnumType("AdAccountTargetingType", "ad account", AdsAnalyticsValues.AdAccountTargetingTypes);

public sealed class CampaignTargetingTypeEnumType() : AdsTargetingTypeEnumType("CampaignTargetingType", "campaign", AdsAnalyticsValues.CampaignTargetingTypes);

public sealed class AdGroupTargetingTypeEnumType() : AdsTargetingTypeEnumType("AdGroupTargetingType", "ad group", AdsAnalyticsValues.AdGroupTargetingTypes);

public sealed class AdTargetingTypeEnumType() : AdsTargetingTypeEnumType("AdTargetingType", "ad", AdsAnalyticsValues.AdTargetingTypes);

public sealed class AdsAttributionTypeEnumType : EnumerationGraphType
{
    public AdsAttributionTypeEnumType()
    {
        Name = "AdsAttributionType";
        Description = "Which conversions targeting analytics attribute: by individual user or by household.";
        foreach (var value in AdsAnalyticsValues.AttributionTypes)
        {
            Add(value, value);
        }
    }
}
