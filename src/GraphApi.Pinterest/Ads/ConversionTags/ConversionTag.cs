namespace GraphApi.Pinterest.Ads.ConversionTags;

/// <summary>A Pinterest Tag (<c>ConversionTag</c> schema): the snippet a site loads to report conversions.</summary>
public sealed record ConversionTag
{
    /// <summary>Tag id.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>The ad account that owns it.</summary>
    public string? AdAccountId { get; init; }

    /// <summary>Name.</summary>
    public string? Name { get; init; }

    /// <summary>The JavaScript to put on the site.</summary>
    public string? CodeSnippet { get; init; }

    /// <summary><c>ACTIVE</c>, <c>PAUSED</c>, <c>ARCHIVED</c>, …</summary>
    public string? Status { get; init; }

    /// <summary>Tag version.</summary>
    public string? Version { get; init; }

    /// <summary>When the tag last fired, Unix milliseconds.</summary>
    public double? LastFiredTimeMs { get; init; }

    /// <summary>Enhanced match settings.</summary>
    public ConversionTagConfigs? Configs { get; init; }
}

/// <summary>Enhanced match settings of a tag (<c>ConversionTagConfigs</c>, the part the gateway shows).</summary>
public sealed record ConversionTagConfigs
{
    /// <summary>Automatic Enhanced Match on email.</summary>
    public bool? AemEnabled { get; init; }

    /// <summary>Metadata frequency.</summary>
    public double? MdFrequency { get; init; }
}
