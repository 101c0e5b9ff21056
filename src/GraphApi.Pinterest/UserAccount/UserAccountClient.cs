using GraphApi.Pinterest.Boards;
using GraphApi.Pinterest.Http;
using GraphApi.Pinterest.Pagination;
using static GraphApi.Pinterest.Http.PinterestOperations;

namespace GraphApi.Pinterest.UserAccount;

internal sealed class UserAccountClient(PinterestRequestSender connection) : IUserAccountClient
{
    private static readonly PinterestJsonContext Json = PinterestJsonContext.Default;

    // GET /user_account
    public Task<Account> GetAsync(string? adAccountId = null, CancellationToken cancellationToken = default) =>
        connection.GetAsync(UserAccountGet, UserAccountGet.Path(), new QueryString().Add("ad_account_id", adAccountId), Json.Account, cancellationToken);

    // GET /user_account/analytics
    public Task<IReadOnlyDictionary<string, AccountAnalyticsMetrics>> GetAnalyticsAsync(AccountAnalyticsRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(request.StartDate, request.EndDate, nameof(request));
        var query = new QueryString()
            .Add("start_date", request.StartDate)
            .Add("end_date", request.EndDate)
            .Add("from_claimed_content", request.FromClaimedContent)
            .Add("pin_format", request.PinFormat)
            .Add("app_types", request.AppTypes)
            .Add("content_type", request.ContentType)
            .Add("source", request.Source)
            .AddCommaSeparated("metric_types", request.MetricTypes)
            .Add("split_field", request.SplitField)
            .Add("ad_account_id", request.AdAccountId);
        return connection.GetAsync(UserAccountAnalytics, UserAccountAnalytics.Path(), query, Json.IReadOnlyDictionaryStringAccountAnalyticsMetrics, cancellationToken);
    }

    // GET /user_account/analytics/top_pins
    public Task<TopPinsAnalytics> GetTopPinsAsync(TopPinsAnalyticsRequest request, CancellationToken cancellationToken = default) =>
        TopPinsAsync(UserAccountTopPins, request, cancellationToken);

    // GET /user_account/analytics/top_video_pins
    public Task<TopPinsAnalytics> GetTopVideoPinsAsync(TopPinsAnalyticsRequest request, CancellationToken cancellationToken = default) =>
        TopPinsAsync(UserAccountTopVideoPins, request, cancellationToken);

    // GET /user_account/followers
    public Task<Page<UserSummary>> ListFollowersAsync(PageRequest? page = null, CancellationToken cancellationToken = default) =>
        connection.GetAsync(Followers, Followers.Path(), new QueryString().AddPage(page), Json.PageUserSummary, cancellationToken);

    // GET /user_account/following
    public Task<Page<UserSummary>> ListFollowingAsync(ListFollowingRequest? request = null, CancellationToken cancellationToken = default)
    {
        var query = new QueryString()
            .AddPage(request?.Page)
            .Add("feed_type", request?.FeedType)
            .Add("explicit_following", request?.ExplicitFollowing)
            .Add("ad_account_id", request?.AdAccountId);
        return connection.GetAsync(Following, Following.Path(), query, Json.PageUserSummary, cancellationToken);
    }

    // GET /user_account/following/boards
    public Task<Page<Board>> ListFollowedBoardsAsync(ListFollowedBoardsRequest? request = null, CancellationToken cancellationToken = default)
    {
        var query = new QueryString()
            .AddPage(request?.Page)
            .Add("explicit_following", request?.ExplicitFollowing)
            .Add("ad_account_id", request?.AdAccountId);
        return connection.GetAsync(FollowedBoards, FollowedBoards.Path(), query, Json.PageBoard, cancellationToken);
    }

    // GET /user_account/businesses
    public Task<IReadOnlyList<LinkedBusiness>> ListLinkedBusinessesAsync(CancellationToken cancellationToken = default) =>
        connection.GetAsync(LinkedBusinesses, LinkedBusinesses.Path(), null, Json.IReadOnlyListLinkedBusiness, cancellationToken);

    // GET /user_account/websites
    public Task<Page<UserWebsiteSummary>> ListWebsitesAsync(PageRequest? page = null, CancellationToken cancellationToken = default) =>
        connection.GetAsync(Websites, Websites.Path(), new QueryString().AddPage(page), Json.PageUserWebsiteSummary, cancellationToken);

    // POST /user_account/websites
    public Task<UserWebsiteSummary> VerifyWebsiteAsync(VerifyWebsiteRequest request, string? adAccountId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.Website, nameof(request));
        var query = new QueryString().Add("ad_account_id", adAccountId);
        return connection.SendJsonAsync(VerifyWebsite, VerifyWebsite.Path(), query, request, Json.VerifyWebsiteRequest, Json.UserWebsiteSummary, cancellationToken);
    }

    // DELETE /user_account/websites
    public Task UnverifyWebsiteAsync(string website, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(website);
        return connection.SendAsync(UnverifyWebsite, UnverifyWebsite.Path(), new QueryString().Add("website", website), cancellationToken);
    }

    // GET /user_account/websites/verification
    public Task<UserWebsiteVerificationCode> GetWebsiteVerificationCodeAsync(string? adAccountId = null, CancellationToken cancellationToken = default) =>
        connection.GetAsync(WebsiteVerification, WebsiteVerification.Path(), new QueryString().Add("ad_account_id", adAccountId), Json.UserWebsiteVerificationCode, cancellationToken);

    // GET /users/{username}/interests/follow
    public Task<Page<Interest>> ListFollowedInterestsAsync(string username, PageRequest? page = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(username);
        return connection.GetAsync(FollowedInterests, FollowedInterests.Path(username), new QueryString().AddPage(page), Json.PageInterest, cancellationToken);
    }

    // POST /user_account/following/{username}
    public Task<UserSummary> FollowUserAsync(string username, FollowUserRequest? request = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(username);
        return connection.SendJsonAsync(FollowUser, FollowUser.Path(username), null, request ?? new FollowUserRequest(), Json.FollowUserRequest, Json.UserSummary, cancellationToken);
    }

    private Task<TopPinsAnalytics> TopPinsAsync(PinterestOperation operation, TopPinsAnalyticsRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.SortBy, nameof(request));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(request.StartDate, request.EndDate, nameof(request));
        if (request.NumOfPins is { } count)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(count, 1, nameof(request));
            ArgumentOutOfRangeException.ThrowIfGreaterThan(count, TopPinsAnalyticsRequest.MaxPins, nameof(request));
        }

        var query = new QueryString()
            .Add("start_date", request.StartDate)
            .Add("end_date", request.EndDate)
            .Add("sort_by", request.SortBy)
            .Add("from_claimed_content", request.FromClaimedContent)
            .Add("pin_format", request.PinFormat)
            .Add("app_types", request.AppTypes)
            .Add("content_type", request.ContentType)
            .Add("source", request.Source)
            .AddCommaSeparated("metric_types", request.MetricTypes)
            .Add("num_of_pins", request.NumOfPins)
            .Add("created_in_last_n_days", request.CreatedInLastNDays)
            .Add("ad_account_id", request.AdAccountId);
        return connection.GetAsync(operation, operation.Path(), query, Json.TopPinsAnalytics, cancellationToken);
    }
}
