using GraphApi.Pinterest.Boards;
using GraphApi.Pinterest.Pagination;

namespace GraphApi.Pinterest.UserAccount;

/// <summary>The authorized user's account (tag <c>user_account</c>).</summary>
public interface IUserAccountClient
{
    /// <summary>Gets the account (<c>user_account/get</c>).</summary>
    Task<Account> GetAsync(string? adAccountId = null, CancellationToken cancellationToken = default);

    /// <summary>Account analytics keyed by split bucket (<c>user_account/analytics</c>).</summary>
    Task<IReadOnlyDictionary<string, AccountAnalyticsMetrics>> GetAnalyticsAsync(AccountAnalyticsRequest request, CancellationToken cancellationToken = default);

    /// <summary>Top Pins by a metric (<c>user_account/analytics/top_pins</c>).</summary>
    Task<TopPinsAnalytics> GetTopPinsAsync(TopPinsAnalyticsRequest request, CancellationToken cancellationToken = default);

    /// <summary>Top video Pins by a metric (<c>user_account/analytics/top_video_pins</c>).</summary>
    Task<TopPinsAnalytics> GetTopVideoPinsAsync(TopPinsAnalyticsRequest request, CancellationToken cancellationToken = default);

    /// <summary>Lists followers (<c>followers/list</c>).</summary>
    Task<Page<UserSummary>> ListFollowersAsync(PageRequest? page = null, CancellationToken cancellationToken = default);

    /// <summary>Lists followed users (<c>user_following/get</c>).</summary>
    Task<Page<UserSummary>> ListFollowingAsync(ListFollowingRequest? request = null, CancellationToken cancellationToken = default);

    /// <summary>Lists followed boards (<c>boards_user_follows/list</c>).</summary>
    Task<Page<Board>> ListFollowedBoardsAsync(ListFollowedBoardsRequest? request = null, CancellationToken cancellationToken = default);

    /// <summary>Lists linked business accounts (<c>linked_business_accounts/get</c>).</summary>
    Task<IReadOnlyList<LinkedBusiness>> ListLinkedBusinessesAsync(CancellationToken cancellationToken = default);

    /// <summary>Lists claimed websites (<c>user_websites/get</c>).</summary>
    Task<Page<UserWebsiteSummary>> ListWebsitesAsync(PageRequest? page = null, CancellationToken cancellationToken = default);

    /// <summary>Claims (verifies) a website (<c>verify_website/update</c>).</summary>
    Task<UserWebsiteSummary> VerifyWebsiteAsync(VerifyWebsiteRequest request, string? adAccountId = null, CancellationToken cancellationToken = default);

    /// <summary>Unclaims a website (<c>unverify_website/delete</c>).</summary>
    Task UnverifyWebsiteAsync(string website, CancellationToken cancellationToken = default);

    /// <summary>Gets the code for claiming a website (<c>website_verification/get</c>).</summary>
    Task<UserWebsiteVerificationCode> GetWebsiteVerificationCodeAsync(string? adAccountId = null, CancellationToken cancellationToken = default);

    /// <summary>Lists the interests a user follows (<c>user_account/followed_interests</c>).</summary>
    Task<Page<Interest>> ListFollowedInterestsAsync(string username, PageRequest? page = null, CancellationToken cancellationToken = default);

    /// <summary>Follows a user (<c>follow_user/update</c>).</summary>
    Task<UserSummary> FollowUserAsync(string username, FollowUserRequest? request = null, CancellationToken cancellationToken = default);
}
