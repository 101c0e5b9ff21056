namespace GraphApi.Pinterest.Search;

/// <summary>Query of <c>GET /search/partner/pins</c>: public Pins matching a term (beta).</summary>
public sealed record SearchPartnerPinsRequest
{
    /// <summary>Largest <see cref="Limit"/>.</summary>
    public const int MaxLimit = PinterestLimits.PartnerPinsSearchMax;

    /// <summary>Search term.</summary>
    public required string Term { get; init; }

    /// <summary>Two-letter country code (ISO 3166-1 alpha-2).</summary>
    public required string CountryCode { get; init; }

    /// <summary>Search locale, e.g. <c>en-US</c>.</summary>
    public string? Locale { get; init; }

    /// <summary>Results per page, 1–50 (Pinterest defaults to 10).</summary>
    public int? Limit { get; init; }

    /// <summary>Cursor from the previous page.</summary>
    public string? Bookmark { get; init; }
}
