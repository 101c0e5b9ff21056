namespace GraphApi.Pinterest.Pins;

/// <summary><c>source_type: pin_url</c>.</summary>
public sealed record PinUrlSource : PinMediaSource
{
    /// <summary>Marks the link as an affiliate link (beta).</summary>
    public bool? IsAffiliateLink { get; init; }
}
