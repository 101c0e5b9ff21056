namespace GraphApi.Pinterest.Catalogs;

/// <summary>
/// A catalog feed (<c>CatalogsFeed</c>: the retail, hotel or creative-assets shape, told apart by
/// <see cref="CatalogType"/>). The feed's download credentials are deliberately not read: only whether it has any
/// (<see cref="Credentials"/> carries the username alone), so a password can never leave this client.
/// </summary>
public sealed record CatalogFeed
{
    public string Id { get; init; } = string.Empty;

    /// <summary>The catalog the feed fills (hotel and creative-assets feeds; retail feeds may leave it out).</summary>
    public string? CatalogId { get; init; }

    /// <summary>One of <see cref="CatalogTypes"/>.</summary>
    public string? CatalogType { get; init; }

    public string? Name { get; init; }

    /// <summary>TSV, CSV or XML.</summary>
    public string? Format { get; init; }

    /// <summary>The URL Pinterest downloads the feed from.</summary>
    public string? Location { get; init; }

    /// <summary>ACTIVE or INACTIVE (DELETED once deleted).</summary>
    public string? Status { get; init; }

    public string? DefaultLocale { get; init; }

    public string? DefaultCountry { get; init; }

    public string? DefaultCurrency { get; init; }

    /// <summary>Retail only: IN_STOCK, OUT_OF_STOCK or PREORDER.</summary>
    public string? DefaultAvailability { get; init; }

    public CatalogFeedSchedule? PreferredProcessingSchedule { get; init; }

    /// <summary>Present when the feed has download credentials; never the password.</summary>
    public CatalogFeedCredentialsPresence? Credentials { get; init; }

    public DateTimeOffset? CreatedAt { get; init; }

    public DateTimeOffset? UpdatedAt { get; init; }
}

/// <summary><c>CatalogsFeedProcessingSchedule</c>: the preferred daily processing time.</summary>
public sealed record CatalogFeedSchedule
{
    /// <summary>HH:MM with a leading zero.</summary>
    public string? Time { get; init; }

    /// <summary>An IANA time zone from the spec's list.</summary>
    public string? Timezone { get; init; }
}

/// <summary>What is read of a feed's credentials: the username, never the password (see <see cref="CatalogFeed"/>).</summary>
public sealed record CatalogFeedCredentialsPresence
{
    public string? Username { get; init; }
}
