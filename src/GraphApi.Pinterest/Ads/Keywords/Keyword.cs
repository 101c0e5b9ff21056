namespace GraphApi.Pinterest.Ads.Keywords;

/// <summary>A targeting keyword (<c>Keyword</c> schema) on an ad account, campaign or ad group.</summary>
public sealed record Keyword
{
    /// <summary>Keyword id.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>The text (up to 120 characters).</summary>
    public string? Value { get; init; }

    /// <summary><c>BROAD</c>, <c>PHRASE</c>, <c>EXACT</c>, <c>EXACT_NEGATIVE</c> or <c>PHRASE_NEGATIVE</c>.</summary>
    public string? MatchType { get; init; }

    /// <summary>Bid in micro currency, or null for the ad group's bid.</summary>
    public long? Bid { get; init; }

    /// <summary>Whether it is archived.</summary>
    public bool? Archived { get; init; }

    /// <summary>The advertiser, campaign or ad group it belongs to.</summary>
    public string? ParentId { get; init; }

    /// <summary><c>advertiser</c>, <c>campaign</c> or <c>ad_group</c>.</summary>
    public string? ParentType { get; init; }
}
