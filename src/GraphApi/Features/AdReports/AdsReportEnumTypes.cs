using GraphQL.Types;

namespace GraphApi.Features.AdReports;

public sealed class AdsReportGranularityEnumType : EnumerationGraphType
{
    public AdsReportGranularityEnumType()
    {
        Name = "AdsReportGranularity";
        Description = "How a report's rows split time.";
        Add("TOTAL", "TOTAL", "One row per entity for the whole range.");
        Add("DAY", "DAY", "One row per entity and day.");
        Add("HOUR", "HOUR", "One row per entity and hour.");
        Add("WEEK", "WEEK", "One row per entity and week.");
        Add("MONTH", "MONTH", "One row per entity and month.");
    }
}

public sealed class AdsReportLevelEnumType : EnumerationGraphType
{
    public AdsReportLevelEnumType()
    {
        Name = "AdsReportLevel";
        Description = "The entity each row of a report is about (Pinterest's MetricsReportingLevel).";
        foreach (var level in (string[])["ADVERTISER", "ADVERTISER_TARGETING", "CAMPAIGN", "CAMPAIGN_TARGETING", "AD_GROUP", "AD_GROUP_TARGETING", "PIN_PROMOTION", "PIN_PROMOTION_TARGETING", "KEYWORD", "PRODUCT_GROUP", "PRODUCT_GROUP_TARGETING", "PRODUCT_ITEM", "PRODUCT_ITEM_TARGETING"])
        {
            Add(level, level);
        }
    }
}

public sealed class AdsReportFormatEnumType : EnumerationGraphType
{
    public AdsReportFormatEnumType()
    {
        Name = "AdsExportFormat";
        Description = "The file format of a report or bulk download.";
        Add("JSON", "JSON", "JSON (the default).");
        Add("CSV", "CSV", "Comma-separated values.");
    }
}

public sealed class BulkEntityTypeEnumType : EnumerationGraphType
{
    public BulkEntityTypeEnumType()
    {
        Name = "BulkEntityType";
        Description = "An entity type a bulk download can hold.";
        foreach (var type in (string[])["CAMPAIGN", "AD_GROUP", "PRODUCT_GROUP", "AD", "KEYWORD", "LABEL", "SCHEDULE"])
        {
            Add(type, type);
        }
    }
}
