using GraphApi.Pinterest.Pagination;

namespace GraphApi.Pinterest.Ads.Keywords;

/// <summary>Query of <c>GET /ad_accounts/{ad_account_id}/keywords</c>.</summary>
public sealed record ListKeywordsRequest
{
    /// <summary>Only this campaign's keywords.</summary>
    public string? CampaignId { get; init; }

    /// <summary>Only this ad group's keywords.</summary>
    public string? AdGroupId { get; init; }

    /// <summary>Only these match types (sent exploded).</summary>
    public IReadOnlyList<string>? MatchTypes { get; init; }

    /// <summary>Page size and bookmark.</summary>
    public PageRequest? Page { get; init; }
}

/// <summary>One keyword to create (<c>KeywordsCommon</c>).</summary>
public sealed record NewKeyword
{
    /// <summary>The text (required, up to 120 characters).</summary>
    public required string Value { get; init; }

    /// <summary>Match type (required).</summary>
    public required string MatchType { get; init; }

    /// <summary>Bid in micro currency.</summary>
    public long? Bid { get; init; }
}

/// <summary>Body of <c>POST /ad_accounts/{ad_account_id}/keywords</c> (<c>KeywordsRequest</c>).</summary>
public sealed record CreateKeywordsRequest
{
    /// <summary>The advertiser, campaign or ad group (digits, optionally prefixed <c>C</c> or <c>AG</c>).</summary>
    public required string ParentId { get; init; }

    /// <summary>The keywords.</summary>
    public required IReadOnlyList<NewKeyword> Keywords { get; init; }
}

/// <summary>One keyword change (<c>KeywordUpdate</c>).</summary>
public sealed record KeywordChange
{
    /// <summary>Keyword id (required).</summary>
    public required string Id { get; init; }

    /// <summary>Archive (true) or restore (false).</summary>
    public bool? Archived { get; init; }

    /// <summary>New bid in micro currency.</summary>
    public long? Bid { get; init; }
}

/// <summary>Body of <c>PATCH /ad_accounts/{ad_account_id}/keywords</c> (<c>KeywordUpdateBody</c>).</summary>
public sealed record UpdateKeywordsRequest
{
    /// <summary>The changes.</summary>
    public required IReadOnlyList<KeywordChange> Keywords { get; init; }
}

/// <summary>Answer of the keyword writes (<c>KeywordsResponse</c>): what was written, and what was refused and why.</summary>
public sealed record KeywordsResult
{
    /// <summary>Keywords written.</summary>
    public IReadOnlyList<Keyword> Keywords { get; init; } = [];

    /// <summary>Keywords refused.</summary>
    public IReadOnlyList<KeywordError> Errors { get; init; } = [];
}

/// <summary>A refused keyword (<c>KeywordError</c>).</summary>
public sealed record KeywordError
{
    /// <summary>The keyword as sent.</summary>
    public Keyword? Data { get; init; }

    /// <summary>Why.</summary>
    public IReadOnlyList<string> ErrorMessages { get; init; } = [];
}
