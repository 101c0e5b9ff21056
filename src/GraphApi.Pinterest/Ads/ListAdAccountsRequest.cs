using GraphApi.Pinterest.Pagination;

namespace GraphApi.Pinterest.Ads;

/// <summary>Query of <c>GET /ad_accounts</c>.</summary>
public sealed record ListAdAccountsRequest
{
    /// <summary>Include accounts shared with the user (Pinterest's default: true).</summary>
    public bool? IncludeSharedAccounts { get; init; }

    /// <summary>Bookmark and page size.</summary>
    public PageRequest? Page { get; init; }
}
