namespace GraphApi.Pinterest.UserAccount;

/// <summary>A business account linked to the user (<c>LinkedBusiness</c>).</summary>
public sealed record LinkedBusiness
{
    /// <summary>Username of the business.</summary>
    public string? Username { get; init; }

    /// <summary>Small image URL.</summary>
    public string? ImageSmallUrl { get; init; }

    /// <summary>Medium image URL.</summary>
    public string? ImageMediumUrl { get; init; }

    /// <summary>Large image URL.</summary>
    public string? ImageLargeUrl { get; init; }

    /// <summary>Extra-large image URL.</summary>
    public string? ImageXlargeUrl { get; init; }
}
