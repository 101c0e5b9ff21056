using GraphApi.Pinterest.Ads;
using GraphQL.Types;

namespace GraphApi.Features.Ads;

public sealed class AdEntityStatusEnumType : EnumerationGraphType
{
    public AdEntityStatusEnumType()
    {
        Name = "AdEntityStatus";
        Description = "The status of a campaign, ad group or ad.";
        foreach (var status in AdsEntityStatus.All)
        {
            Add(status, status);
        }
    }
}

/// <summary>Exactly the <c>columns</c> Pinterest's synchronous ads analytics accept (one list for every ads level).</summary>
public sealed class AdsAnalyticsColumnEnumType : EnumerationGraphType
{
    public AdsAnalyticsColumnEnumType()
    {
        Name = "AdsAnalyticsColumn";
        Description = "A reporting column of Pinterest's ads analytics (money columns in micro units or dollars as named).";
        foreach (var column in AdsAnalyticsValues.Columns)
        {
            Add(column, column);
        }
    }
}

public sealed class AdsGranularityEnumType : EnumerationGraphType
{
    public AdsGranularityEnumType()
    {
        Name = "AdsGranularity";
        Description = "How ads analytics rows break the date range down: TOTAL is one row per object.";
        foreach (var granularity in AdsAnalyticsValues.Granularities)
        {
            Add(granularity, granularity);
        }
    }
}
