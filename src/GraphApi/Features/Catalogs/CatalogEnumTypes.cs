using GraphQL.Types;

namespace GraphApi.Features.Catalogs;

/// <summary>The spec's <c>CatalogsFormat</c>.</summary>
public sealed class CatalogFeedFormatEnumType : EnumerationGraphType
{
    public CatalogFeedFormatEnumType()
    {
        Name = "CatalogFeedFormat";
        Description = "A feed file's format.";
        Add("TSV", "TSV");
        Add("CSV", "CSV");
        Add("XML", "XML");
    }
}

/// <summary>The spec's <c>CatalogsStatus</c> (as a feed takes it).</summary>
public sealed class CatalogFeedStatusEnumType : EnumerationGraphType
{
    public CatalogFeedStatusEnumType()
    {
        Name = "CatalogFeedStatus";
        Description = "Whether Pinterest processes the feed.";
        Add("ACTIVE", "ACTIVE");
        Add("INACTIVE", "INACTIVE");
    }
}

/// <summary>The spec's <c>ProductAvailabilityType</c> (retail feeds).</summary>
public sealed class CatalogAvailabilityEnumType : EnumerationGraphType
{
    public CatalogAvailabilityEnumType()
    {
        Name = "CatalogAvailability";
        Description = "A retail feed's default product availability.";
        Add("IN_STOCK", "IN_STOCK");
        Add("OUT_OF_STOCK", "OUT_OF_STOCK");
        Add("PREORDER", "PREORDER");
    }
}

/// <summary>The report types of <c>CatalogsReportParameters</c>.</summary>
public sealed class CatalogReportTypeEnumType : EnumerationGraphType
{
    public CatalogReportTypeEnumType()
    {
        Name = "CatalogReportType";
        Description = "What a catalog report lists: a feed processing's issues, distribution issues, or all items.";
        Add("FEED_INGESTION_ISSUES", "FEED_INGESTION_ISSUES");
        Add("DISTRIBUTION_ISSUES", "DISTRIBUTION_ISSUES");
        Add("ALL_ITEMS", "ALL_ITEMS");
    }
}
