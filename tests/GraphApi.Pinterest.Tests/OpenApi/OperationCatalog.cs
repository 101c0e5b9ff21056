using GraphApi.Pinterest.Ads.Audiences;
using GraphApi.Pinterest.Ads.ConversionTags;
using GraphApi.Pinterest.Ads.CustomerLists;
using GraphApi.Pinterest.Ads.Keywords;
using GraphApi.Pinterest.Ads.Planning;
using GraphApi.Pinterest.Ads.Reports;
using GraphApi.Pinterest.Billing;
using GraphApi.Pinterest.Boards;
using GraphApi.Pinterest.Media;
using GraphApi.Pinterest.OAuth;
using GraphApi.Pinterest.Pagination;
using GraphApi.Pinterest.Patching;
using GraphApi.Pinterest.Pins;
using GraphApi.Pinterest.Search;
using GraphApi.Pinterest.UserAccount;

namespace GraphApi.Pinterest.Tests.OpenApi;

/// <summary>One call per client method, with every optional parameter set, so the spec check sees all of them.</summary>
internal static class OperationCatalog
{
    private const string Ad = "123456789";
    private static readonly DateOnly Start = new(2025, 1, 1);
    private static readonly DateOnly End = new(2025, 1, 30);
    private static readonly PageRequest Page = new(250, "bookmark-1");
    private static readonly Uri Redirect = new("https://gateway.test/integration-callback");

    public static readonly IReadOnlyDictionary<string, (string OperationId, Func<IPinterestClient, Task> Call)> Calls =
        new Dictionary<string, (string, Func<IPinterestClient, Task>)>
        {
            ["user_account.get"] = ("user_account/get", c => c.UserAccount.GetAsync(Ad)),
            ["user_account.analytics"] = ("user_account/analytics", c => c.UserAccount.GetAnalyticsAsync(new AccountAnalyticsRequest
            {
                StartDate = Start,
                EndDate = End,
                FromClaimedContent = "BOTH",
                PinFormat = "ORGANIC_VIDEO",
                AppTypes = "MOBILE",
                ContentType = "ORGANIC",
                Source = "YOUR_PINS",
                MetricTypes = ["IMPRESSION", "SAVE", "ENGAGEMENT_RATE"],
                SplitField = "SOURCE",
                AdAccountId = Ad,
            })),
            ["user_account.top_pins"] = ("user_account/analytics/top_pins", c => c.UserAccount.GetTopPinsAsync(TopPins("ENGAGEMENT", "PIN_CLICK"))),
            ["user_account.top_video_pins"] = ("user_account/analytics/top_video_pins", c => c.UserAccount.GetTopVideoPinsAsync(TopPins("VIDEO_MRC_VIEW", "VIDEO_START"))),
            ["user_account.followers"] = ("followers/list", c => c.UserAccount.ListFollowersAsync(Page)),
            ["user_account.following"] = ("user_following/get", c => c.UserAccount.ListFollowingAsync(new ListFollowingRequest { FeedType = "RANKED_CREATOR_ONLY", ExplicitFollowing = true, AdAccountId = Ad, Page = Page })),
            ["user_account.followed_boards"] = ("boards_user_follows/list", c => c.UserAccount.ListFollowedBoardsAsync(new ListFollowedBoardsRequest { ExplicitFollowing = true, AdAccountId = Ad, Page = Page })),
            ["user_account.businesses"] = ("linked_business_accounts/get", c => c.UserAccount.ListLinkedBusinessesAsync()),
            ["user_account.websites"] = ("user_websites/get", c => c.UserAccount.ListWebsitesAsync(Page)),
            ["user_account.verify_website"] = ("verify_website/update", c => c.UserAccount.VerifyWebsiteAsync(new VerifyWebsiteRequest { Website = "mysite.test", VerificationMethod = "DNSTXT" }, Ad)),
            ["user_account.unverify_website"] = ("unverify_website/delete", c => c.UserAccount.UnverifyWebsiteAsync("mysite.test")),
            ["user_account.verification_code"] = ("website_verification/get", c => c.UserAccount.GetWebsiteVerificationCodeAsync(Ad)),
            ["user_account.followed_interests"] = ("user_account/followed_interests", c => c.UserAccount.ListFollowedInterestsAsync("ada", Page)),
            ["user_account.follow_user"] = ("follow_user/update", c => c.UserAccount.FollowUserAsync("ada", new FollowUserRequest { AutoFollow = true })),

            ["boards.list"] = ("boards/list", c => c.Boards.ListAsync(new ListBoardsRequest { Privacy = BoardPrivacyFilter.PublicAndSecret, AdAccountId = Ad, Page = Page })),
            ["boards.get"] = ("boards/get", c => c.Boards.GetAsync("549755885175", Ad)),
            ["boards.create"] = ("boards/create", c => c.Boards.CreateAsync(new CreateBoardRequest { Name = "Recipes", Description = "d", Privacy = BoardPrivacy.Secret, IsAdsOnly = false }, Ad)),
            ["boards.update"] = ("boards/update", c => c.Boards.UpdateAsync("549755885175", new UpdateBoardRequest { Name = "n", Description = "d", Privacy = BoardPrivacy.Public }, Ad)),
            ["boards.update.clear"] = ("boards/update", c => c.Boards.UpdateAsync("549755885175", new UpdateBoardRequest { Description = Patch.Null<string>() }, Ad)),
            ["boards.delete"] = ("boards/delete", c => c.Boards.DeleteAsync("549755885175", Ad)),
            ["boards.list_pins"] = ("boards/list_pins", c => c.Boards.ListPinsAsync("549755885175", new ListBoardPinsRequest { CreativeTypes = [CreativeType.Regular, CreativeType.Idea], PinMetrics = true, AdAccountId = Ad, Page = Page })),
            ["sections.list"] = ("board_sections/list", c => c.BoardSections.ListAsync("1", Page, Ad)),
            ["sections.create"] = ("board_sections/create", c => c.BoardSections.CreateAsync("1", new CreateBoardSectionRequest { Name = "Salads" }, Ad)),
            ["sections.update"] = ("board_sections/update", c => c.BoardSections.UpdateAsync("1", "2", new UpdateBoardSectionRequest { Name = "Soups" }, Ad)),
            ["sections.delete"] = ("board_sections/delete", c => c.BoardSections.DeleteAsync("1", "2", Ad)),
            ["sections.list_pins"] = ("board_sections/list_pins", c => c.BoardSections.ListPinsAsync("1", "2", Page, Ad)),

            ["pins.list"] = ("pins/list", c => c.Pins.ListAsync(new ListPinsRequest { PinFilter = "exclude_native", PinMetrics = true, IncludeProtectedPins = true, PinType = "PRIVATE", CreativeTypes = [CreativeType.Video, CreativeType.Carousel], AdAccountId = Ad, Page = Page })),
            ["pins.get"] = ("pins/get", c => c.Pins.GetAsync("813744226420795884", true, Ad)),
            ["pins.create.image_url"] = ("pins/create", c => CreatePin(c, new PinImageUrlSource { Url = "https://example.test/a.jpg", IsStandard = true })),
            ["pins.create.image_base64"] = ("pins/create", c => CreatePin(c, new PinImageBase64Source { ContentType = PinImageContentType.Png, Data = "iVBORw0KGgo=", IsStandard = false })),
            ["pins.create.multiple_image_urls"] = ("pins/create", c => CreatePin(c, new PinMultipleImageUrlsSource
            {
                Index = 1,
                Items = [new PinImageUrlItem { Url = "https://example.test/1.jpg", Title = "t", Description = "d", Link = "https://example.test" }, new PinImageUrlItem { Url = "https://example.test/2.jpg" }],
            })),
            ["pins.create.multiple_image_base64"] = ("pins/create", c => CreatePin(c, new PinMultipleImageBase64Source
            {
                Index = 0,
                Items = [new PinImageBase64Item { ContentType = PinImageContentType.Jpeg, Data = "AAAA", Title = "t", Link = "https://example.test" }, new PinImageBase64Item { ContentType = PinImageContentType.Png, Data = "BBBB", Description = "d" }],
            })),
            ["pins.create.video_id"] = ("pins/create", c => CreatePin(c, new PinVideoIdSource { MediaId = "12345", CoverImageUrl = "https://example.test/c.jpg", CoverImageKeyFrameTime = 0, IsStandard = true })),
            ["pins.create.video_id.cover_data"] = ("pins/create", c => CreatePin(c, new PinVideoIdSource { MediaId = "12345", CoverImageData = "AAAA", CoverImageContentType = PinImageContentType.Jpeg })),
            ["pins.create.pin_url"] = ("pins/create", c => CreatePin(c, new PinUrlSource { IsAffiliateLink = true })),
            ["pins.update"] = ("pins/update", c => c.Pins.UpdateAsync("1", new UpdatePinRequest
            {
                Title = "t",
                Description = "d",
                Link = "https://example.test",
                AltText = "a",
                BoardId = "2",
                BoardSectionId = "3",
                CarouselSlots = [new CarouselSlot { Title = "t", Description = "d", Link = "https://example.test" }],
            }, Ad)),
            ["pins.update.clear"] = ("pins/update", c => c.Pins.UpdateAsync("1", new UpdatePinRequest
            {
                Title = Patch.Null<string>(),
                Description = Patch.Null<string>(),
                Link = Patch.Null<string>(),
                AltText = Patch.Null<string>(),
                BoardSectionId = Patch.Null<string>(),
            }, Ad)),
            ["pins.delete"] = ("pins/delete", c => c.Pins.DeleteAsync("1", Ad)),
            ["pins.save"] = ("pins/save", c => c.Pins.SaveAsync("1", new SavePinRequest { BoardId = "2", BoardSectionId = "3" }, Ad)),
            ["pins.analytics"] = ("pins/analytics", c => c.Pins.GetAnalyticsAsync("1", new PinAnalyticsRequest
            {
                StartDate = Start,
                EndDate = End,
                MetricTypes = [PinMetricType.Impression, PinMetricType.VideoStart, PinMetricType.ProfileVisit],
                AppTypes = "WEB",
                SplitField = "APP_TYPE",
                AdAccountId = Ad,
            })),
            ["pins.multi_analytics"] = ("multi_pins/analytics", c => c.Pins.GetMultiPinAnalyticsAsync(new MultiPinAnalyticsRequest
            {
                PinIds = ["1", "2", "3"],
                StartDate = Start,
                EndDate = End,
                MetricTypes = [PinMetricType.Save, PinMetricType.OutboundClick],
                AppTypes = "TABLET",
                AdAccountId = Ad,
            })),

            ["media.create"] = ("media/create", c => c.Media.RegisterUploadAsync(new RegisterMediaUploadRequest())),
            ["media.get"] = ("media/get", c => c.Media.GetAsync("12345")),
            ["media.list"] = ("media/list", c => c.Media.ListAsync(Page)),

            ["search.boards"] = ("search_user_boards/get", c => c.Search.SearchBoardsAsync(new SearchBoardsRequest { Query = "tea", AdAccountId = Ad, Page = Page })),
            ["search.pins"] = ("search_user_pins/list", c => c.Search.SearchPinsAsync(new SearchPinsRequest { Query = "tea", Bookmark = "b", AdAccountId = Ad })),
            ["search.partner_pins"] = ("search_partner_pins", c => c.Search.SearchPartnerPinsAsync(new SearchPartnerPinsRequest { Term = "tea", CountryCode = "US", Locale = "en-US", Limit = 25, Bookmark = "b" })),

            ["audiences.list"] = ("audiences/list", c => c.Audiences.ListAsync(Ad, new ListAudiencesRequest { Order = "DESCENDING", OwnershipType = "OWNED", Page = Page })),
            ["audiences.get"] = ("audiences/get", c => c.Audiences.GetAsync(Ad, "2")),
            ["audiences.create"] = ("audiences/create", c => c.Audiences.CreateAsync(Ad, new CreateAudienceRequest
            {
                Name = "Visitors",
                AudienceType = "VISITOR",
                Description = "d",
                Rule = new AudienceRule { Event = "checkout", RetentionDays = 30, Prefill = true, VisitorSourceId = "3", Url = ["https://example.test"] },
            })),
            ["audiences.update"] = ("audiences/update", c => c.Audiences.UpdateAsync(Ad, "2", new UpdateAudienceRequest { Name = "n", Description = "d", OperationType = "UPDATE", Rule = new AudienceRule { Country = "US", Percentage = 5, SeedId = ["4"] } })),
            ["customer_lists.list"] = ("customer_lists/list", c => c.CustomerLists.ListAsync(Ad, new ListCustomerListsRequest { Order = "ASCENDING", Page = Page })),
            ["customer_lists.get"] = ("customer_lists/get", c => c.CustomerLists.GetAsync(Ad, "2")),
            ["customer_lists.create"] = ("customer_lists/create", c => c.CustomerLists.CreateAsync(Ad, new CreateCustomerListRequest { Name = "Leads", Records = "a@example.test,b@example.test", ListType = "EMAIL" })),
            ["customer_lists.update"] = ("customer_lists/update", c => c.CustomerLists.UpdateAsync(Ad, "2", new UpdateCustomerListRequest { OperationType = "REMOVE", Records = "a@example.test" })),
            ["conversion_tags.list"] = ("conversion_tags/list", c => c.ConversionTags.ListAsync(Ad, true)),
            ["conversion_tags.get"] = ("conversion_tags/get", c => c.ConversionTags.GetAsync(Ad, "2")),
            ["conversion_tags.create"] = ("conversion_tags/create", c => c.ConversionTags.CreateAsync(Ad, new CreateConversionTagRequest { Name = "Shop", AemEnabled = true })),
            ["keywords.get"] = ("keywords/get", c => c.Keywords.ListAsync(Ad, new ListKeywordsRequest { CampaignId = "2", AdGroupId = "3", MatchTypes = ["BROAD", "EXACT"], Page = Page })),
            ["keywords.create"] = ("keywords/create", c => c.Keywords.CreateAsync(Ad, new CreateKeywordsRequest { ParentId = "AG3", Keywords = [new NewKeyword { Value = "tea", MatchType = "PHRASE", Bid = 200000 }] })),
            ["keywords.update"] = ("keywords/update", c => c.Keywords.UpdateAsync(Ad, new UpdateKeywordsRequest { Keywords = [new KeywordChange { Id = "5", Archived = true, Bid = 300000 }] })),
            ["ad_groups.audience_sizing"] = ("ad_groups/audience_sizing", c => c.AdPlanning.GetAudienceSizingAsync(Ad, new AudienceSizingRequest
            {
                TargetingSpec = new Dictionary<string, IReadOnlyList<string>> { ["LOCATION"] = ["US"], ["AGE_BUCKET"] = ["25-34"] },
                AutoTargetingEnabled = false,
                PlacementGroup = "SEARCH",
                CreativeTypes = ["REGULAR", "VIDEO"],
            })),
            ["ad_groups.bid_floor"] = ("ad_groups_bid_floor/get", c => c.AdPlanning.GetBidFloorAsync(Ad, new BidFloorRequest
            {
                BidFloorSpecs = [new BidFloorSpec { BillableEvent = "CLICKTHROUGH", Currency = "USD", Countries = ["US"], CreativeType = "REGULAR", ObjectiveType = "CONSIDERATION" }],
                TargetingSpec = new Dictionary<string, IReadOnlyList<string>> { ["GENDER"] = ["female"] },
            })),
            ["reports.create"] = ("analytics/create_report", c => c.AdsReports.CreateReportAsync(Ad, new CreateReportRequest
            {
                StartDate = Start,
                EndDate = End,
                Granularity = "DAY",
                Level = "CAMPAIGN",
                Columns = ["SPEND_IN_MICRO_DOLLAR", "PAID_IMPRESSION"],
                CampaignIds = ["2"],
                AdGroupIds = ["3"],
                AdIds = ["4"],
                ClickWindowDays = 30,
                EngagementWindowDays = 7,
                ViewWindowDays = 1,
                ConversionReportTime = "TIME_OF_CONVERSION",
                ReportFormat = "CSV",
            })),
            ["reports.get"] = ("analytics/get_report", c => c.AdsReports.GetReportAsync(Ad, "token-1")),
            ["bulk.download"] = ("bulk_download/create", c => c.AdsReports.CreateBulkDownloadAsync(Ad, new BulkDownloadRequest { EntityTypes = ["CAMPAIGN", "AD_GROUP"], EntityIds = ["2"], OutputFormat = "CSV", UpdatedSince = "1622848072" })),
            ["bulk.get"] = ("bulk_request/get", c => c.AdsReports.GetBulkRequestAsync(Ad, "2680059592705", true)),
            ["billing.profiles"] = ("billing_profiles/get", c => c.Billing.ListProfilesAsync(Ad, true, Page)),
            ["billing.discounts"] = ("ads_credits_discounts/get", c => c.Billing.ListCreditDiscountsAsync(Ad, Page)),
            ["billing.redeem"] = ("ads_credit/redeem", c => c.Billing.RedeemCreditAsync(Ad, new RedeemAdsCreditRequest { OfferCodeHash = "138e9e0ff7e38cf511b880975eb574c09aa9d5e1657590ab0431040da68caa67", ValidateOnly = true })),
            ["billing.invoices"] = ("billing_invoices/get", c => c.Billing.ListInvoicesAsync(Ad, new ListBillingInvoicesRequest { Status = "OPEN", DocumentType = "INVOICE", StartDueDate = Start, EndDueDate = End, Page = Page })),

            ["oauth.code"] = ("oauth/token", c => c.OAuth.ExchangeCodeAsync(new ExchangeCodeRequest { Code = "code", RedirectUri = Redirect, ContinuousRefresh = true })),
            ["oauth.refresh"] = ("oauth/token", c => c.OAuth.RefreshAsync(new RefreshTokenRequest { RefreshToken = "pinr.x", Scopes = [PinterestScopes.BoardsRead, PinterestScopes.PinsRead] })),
            ["oauth.client_credentials"] = ("oauth/token", c => c.OAuth.RequestClientCredentialsTokenAsync(new ClientCredentialsTokenRequest { Scopes = [PinterestScopes.BoardsRead] })),
        };

    public static TheoryData<string> Names => new(Calls.Keys);

    private static TopPinsAnalyticsRequest TopPins(string sortBy, string metric) => new()
    {
        StartDate = Start,
        EndDate = End,
        SortBy = sortBy,
        FromClaimedContent = "CLAIMED",
        PinFormat = "ALL",
        AppTypes = "ALL",
        ContentType = "PAID",
        Source = "OTHER_PINS",
        MetricTypes = ["IMPRESSION", metric],
        NumOfPins = 50,
        CreatedInLastNDays = 30,
        AdAccountId = Ad,
    };

    private static Task<Pin> CreatePin(IPinterestClient client, PinMediaSource source) =>
        client.Pins.CreateAsync(new CreatePinRequest
        {
            BoardId = "549755885175",
            BoardSectionId = "1",
            Title = "t",
            Description = "d",
            Link = "https://example.test",
            AltText = "a",
            DominantColor = "#6E7874",
            ParentPinId = "2",
            SponsorId = "3",
            MediaSource = source,
        }, Ad);
}
