namespace GraphApi.Pinterest.Catalogs;

/// <summary>
/// Body of <c>POST /catalogs/feeds</c> in its vertical form (<c>CatalogsRetailFeedsCreateRequest</c>,
/// <c>CatalogsHotelFeedsCreateRequest</c>, <c>CatalogsCreativeAssetsFeedsCreateRequest</c>). Each vertical takes its own
/// fields (no other property is allowed): hotel feeds have no default country, only retail feeds a default availability.
/// </summary>
public sealed record CreateCatalogFeedRequest
{
    /// <summary>One of <see cref="CatalogTypes"/>.</summary>
    public required string CatalogType { get; init; }

    public string? CatalogId { get; init; }

    public required string Name { get; init; }

    /// <summary>TSV, CSV or XML.</summary>
    public required string Format { get; init; }

    /// <summary>http, https, ftp or sftp URL.</summary>
    public required string Location { get; init; }

    public required string DefaultLocale { get; init; }

    /// <summary>Required for retail and creative-assets feeds; hotel feeds take none.</summary>
    public string? DefaultCountry { get; init; }

    public string? DefaultCurrency { get; init; }

    /// <summary>Retail only.</summary>
    public string? DefaultAvailability { get; init; }

    public CatalogFeedCredentials? Credentials { get; init; }

    public CatalogFeedSchedule? PreferredProcessingSchedule { get; init; }

    /// <summary>ACTIVE (Pinterest's default) or INACTIVE.</summary>
    public string? Status { get; init; }
}
