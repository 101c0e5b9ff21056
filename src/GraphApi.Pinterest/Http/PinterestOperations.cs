namespace GraphApi.Pinterest.Http;

/// <summary>Every upstream operation this client calls, copied from <c>pinterest-openapi.json</c> (5.23.0).</summary>
internal static class PinterestOperations
{
    private const string OrgRead = PinterestRateLimitCategories.OrgRead;
    private const string OrgWrite = PinterestRateLimitCategories.OrgWrite;
    private const string OrgAnalytics = PinterestRateLimitCategories.OrgAnalytics;
    private const string AdsRead = PinterestRateLimitCategories.AdsRead;
    private const string AdsWrite = PinterestRateLimitCategories.AdsWrite;
    private const string AdsAnalytics = PinterestRateLimitCategories.AdsAnalytics;

    public static readonly PinterestOperation OAuthToken = new("oauth/token", HttpMethod.Post, "/oauth/token", OrgRead);

    public static readonly PinterestOperation UserAccountGet = new("user_account/get", HttpMethod.Get, "/user_account", OrgRead);
    public static readonly PinterestOperation UserAccountAnalytics = new("user_account/analytics", HttpMethod.Get, "/user_account/analytics", OrgAnalytics);
    public static readonly PinterestOperation UserAccountTopPins = new("user_account/analytics/top_pins", HttpMethod.Get, "/user_account/analytics/top_pins", OrgAnalytics);
    public static readonly PinterestOperation UserAccountTopVideoPins = new("user_account/analytics/top_video_pins", HttpMethod.Get, "/user_account/analytics/top_video_pins", OrgAnalytics);
    public static readonly PinterestOperation LinkedBusinesses = new("linked_business_accounts/get", HttpMethod.Get, "/user_account/businesses", OrgRead);
    public static readonly PinterestOperation Followers = new("followers/list", HttpMethod.Get, "/user_account/followers", AdsRead);
    public static readonly PinterestOperation Following = new("user_following/get", HttpMethod.Get, "/user_account/following", OrgRead);
    public static readonly PinterestOperation FollowedBoards = new("boards_user_follows/list", HttpMethod.Get, "/user_account/following/boards", OrgRead);
    public static readonly PinterestOperation FollowUser = new("follow_user/update", HttpMethod.Post, "/user_account/following/{username}", OrgWrite);
    public static readonly PinterestOperation Websites = new("user_websites/get", HttpMethod.Get, "/user_account/websites", OrgRead);
    public static readonly PinterestOperation VerifyWebsite = new("verify_website/update", HttpMethod.Post, "/user_account/websites", OrgWrite);
    public static readonly PinterestOperation UnverifyWebsite = new("unverify_website/delete", HttpMethod.Delete, "/user_account/websites", OrgWrite);
    public static readonly PinterestOperation WebsiteVerification = new("website_verification/get", HttpMethod.Get, "/user_account/websites/verification", OrgRead);
    public static readonly PinterestOperation FollowedInterests = new("user_account/followed_interests", HttpMethod.Get, "/users/{username}/interests/follow", OrgRead);

    public static readonly PinterestOperation BoardsList = new("boards/list", HttpMethod.Get, "/boards", OrgRead);
    public static readonly PinterestOperation BoardsCreate = new("boards/create", HttpMethod.Post, "/boards", OrgWrite);
    public static readonly PinterestOperation BoardsGet = new("boards/get", HttpMethod.Get, "/boards/{board_id}", OrgRead);
    public static readonly PinterestOperation BoardsUpdate = new("boards/update", HttpMethod.Patch, "/boards/{board_id}", OrgWrite);
    public static readonly PinterestOperation BoardsDelete = new("boards/delete", HttpMethod.Delete, "/boards/{board_id}", OrgWrite);
    public static readonly PinterestOperation BoardsListPins = new("boards/list_pins", HttpMethod.Get, "/boards/{board_id}/pins", OrgRead);
    public static readonly PinterestOperation SectionsList = new("board_sections/list", HttpMethod.Get, "/boards/{board_id}/sections", OrgRead);
    public static readonly PinterestOperation SectionsCreate = new("board_sections/create", HttpMethod.Post, "/boards/{board_id}/sections", OrgWrite);
    public static readonly PinterestOperation SectionsUpdate = new("board_sections/update", HttpMethod.Patch, "/boards/{board_id}/sections/{section_id}", OrgWrite);
    public static readonly PinterestOperation SectionsDelete = new("board_sections/delete", HttpMethod.Delete, "/boards/{board_id}/sections/{section_id}", OrgWrite);
    public static readonly PinterestOperation SectionsListPins = new("board_sections/list_pins", HttpMethod.Get, "/boards/{board_id}/sections/{section_id}/pins", OrgRead);

    public static readonly PinterestOperation PinsList = new("pins/list", HttpMethod.Get, "/pins", OrgRead);
    public static readonly PinterestOperation PinsCreate = new("pins/create", HttpMethod.Post, "/pins", OrgWrite);
    public static readonly PinterestOperation PinsGet = new("pins/get", HttpMethod.Get, "/pins/{pin_id}", OrgRead);
    public static readonly PinterestOperation PinsUpdate = new("pins/update", HttpMethod.Patch, "/pins/{pin_id}", OrgWrite);
    public static readonly PinterestOperation PinsDelete = new("pins/delete", HttpMethod.Delete, "/pins/{pin_id}", OrgWrite);
    public static readonly PinterestOperation PinsSave = new("pins/save", HttpMethod.Post, "/pins/{pin_id}/save", OrgWrite);
    public static readonly PinterestOperation PinsAnalytics = new("pins/analytics", HttpMethod.Get, "/pins/{pin_id}/analytics", OrgAnalytics);
    public static readonly PinterestOperation MultiPinsAnalytics = new("multi_pins/analytics", HttpMethod.Get, "/pins/analytics", OrgAnalytics);

    public static readonly PinterestOperation MediaList = new("media/list", HttpMethod.Get, "/media", OrgRead);
    public static readonly PinterestOperation MediaCreate = new("media/create", HttpMethod.Post, "/media", OrgWrite);
    public static readonly PinterestOperation MediaGet = new("media/get", HttpMethod.Get, "/media/{media_id}", OrgRead);

    public static readonly PinterestOperation SearchBoards = new("search_user_boards/get", HttpMethod.Get, "/search/boards", OrgRead);
    public static readonly PinterestOperation SearchPins = new("search_user_pins/list", HttpMethod.Get, "/search/pins", OrgRead);
    public static readonly PinterestOperation SearchPartnerPins = new("search_partner_pins", HttpMethod.Get, "/search/partner/pins", OrgRead);

    // Around the ads hierarchy: audiences, customer lists, tags, keywords, planning, async exports, billing.
    public static readonly PinterestOperation AudiencesList = new("audiences/list", HttpMethod.Get, "/ad_accounts/{ad_account_id}/audiences", AdsRead);
    public static readonly PinterestOperation AudiencesCreate = new("audiences/create", HttpMethod.Post, "/ad_accounts/{ad_account_id}/audiences", AdsWrite);
    public static readonly PinterestOperation AudiencesGet = new("audiences/get", HttpMethod.Get, "/ad_accounts/{ad_account_id}/audiences/{audience_id}", AdsRead);
    public static readonly PinterestOperation AudiencesUpdate = new("audiences/update", HttpMethod.Patch, "/ad_accounts/{ad_account_id}/audiences/{audience_id}", AdsWrite);
    public static readonly PinterestOperation CustomerListsList = new("customer_lists/list", HttpMethod.Get, "/ad_accounts/{ad_account_id}/customer_lists", AdsRead);
    public static readonly PinterestOperation CustomerListsCreate = new("customer_lists/create", HttpMethod.Post, "/ad_accounts/{ad_account_id}/customer_lists", AdsWrite);
    public static readonly PinterestOperation CustomerListsGet = new("customer_lists/get", HttpMethod.Get, "/ad_accounts/{ad_account_id}/customer_lists/{customer_list_id}", AdsRead);
    public static readonly PinterestOperation CustomerListsUpdate = new("customer_lists/update", HttpMethod.Patch, "/ad_accounts/{ad_account_id}/customer_lists/{customer_list_id}", AdsWrite);
    public static readonly PinterestOperation ConversionTagsList = new("conversion_tags/list", HttpMethod.Get, "/ad_accounts/{ad_account_id}/conversion_tags", AdsRead);
    public static readonly PinterestOperation ConversionTagsCreate = new("conversion_tags/create", HttpMethod.Post, "/ad_accounts/{ad_account_id}/conversion_tags", AdsWrite);
    public static readonly PinterestOperation ConversionTagsGet = new("conversion_tags/get", HttpMethod.Get, "/ad_accounts/{ad_account_id}/conversion_tags/{conversion_tag_id}", AdsRead);
    public static readonly PinterestOperation KeywordsList = new("keywords/get", HttpMethod.Get, "/ad_accounts/{ad_account_id}/keywords", AdsRead);
    public static readonly PinterestOperation KeywordsCreate = new("keywords/create", HttpMethod.Post, "/ad_accounts/{ad_account_id}/keywords", AdsWrite);
    public static readonly PinterestOperation KeywordsUpdate = new("keywords/update", HttpMethod.Patch, "/ad_accounts/{ad_account_id}/keywords", AdsWrite);
    public static readonly PinterestOperation AudienceSizingGet = new("ad_groups/audience_sizing", HttpMethod.Post, "/ad_accounts/{ad_account_id}/ad_groups/audience_sizing", AdsRead);
    public static readonly PinterestOperation BidFloorGet = new("ad_groups_bid_floor/get", HttpMethod.Post, "/ad_accounts/{ad_account_id}/bid_floor", AdsRead);
    public static readonly PinterestOperation ReportsCreate = new("analytics/create_report", HttpMethod.Post, "/ad_accounts/{ad_account_id}/reports", AdsAnalytics);
    public static readonly PinterestOperation ReportsGet = new("analytics/get_report", HttpMethod.Get, "/ad_accounts/{ad_account_id}/reports", AdsAnalytics);
    public static readonly PinterestOperation BulkDownloadCreate = new("bulk_download/create", HttpMethod.Post, "/ad_accounts/{ad_account_id}/bulk/download", AdsRead);
    public static readonly PinterestOperation BulkRequestGet = new("bulk_request/get", HttpMethod.Get, "/ad_accounts/{ad_account_id}/bulk/{bulk_request_id}", AdsRead);
    public static readonly PinterestOperation BillingProfilesGet = new("billing_profiles/get", HttpMethod.Get, "/ad_accounts/{ad_account_id}/billing_profiles", AdsRead);
    public static readonly PinterestOperation AdsCreditDiscountsGet = new("ads_credits_discounts/get", HttpMethod.Get, "/ad_accounts/{ad_account_id}/ads_credit/discounts", AdsRead);
    public static readonly PinterestOperation AdsCreditRedeem = new("ads_credit/redeem", HttpMethod.Post, "/ad_accounts/{ad_account_id}/ads_credit/redeem", AdsWrite);
    public static readonly PinterestOperation BillingInvoicesGet = new("billing_invoices/get", HttpMethod.Get, "/ad_accounts/{ad_account_id}/billing_invoices", AdsRead);
}
