namespace GraphApi.Pinterest.Ads.ConversionTags;

/// <summary>Body of <c>POST /ad_accounts/{ad_account_id}/conversion_tags</c> (<c>ConversionTagCreate</c>).</summary>
public sealed record CreateConversionTagRequest
{
    /// <summary>Name (required).</summary>
    public required string Name { get; init; }

    /// <summary>Automatic Enhanced Match on email.</summary>
    public bool? AemEnabled { get; init; }
}
