using GraphApi.DataLoading;
using GraphApi.Execution.Cost;
using GraphApi.Execution.Scopes;
using GraphApi.Features.Boards;
using GraphApi.Features.Pins;
using GraphApi.Pinterest.Boards;
using GraphApi.Pinterest.OAuth;
using GraphApi.Pinterest.Pins;
using GraphApi.Pinterest.UserAccount;
using GraphApi.Schema;
using GraphApi.Schema.Relay;
using GraphQL;
using GraphQL.Types;

namespace GraphApi.Features.Users;

public sealed class UserType : ObjectGraphType<Account>
{
    public UserType()
    {
        Name = "User";
        Description = "The signed-in user's Pinterest account.";
        Interface<NodeInterface>();
        IsTypeOf = source => source is Account or EntityHandle<string, Account>;
        Field<NonNullGraphType<IdGraphType>>("id").Description("Opaque global ID (use with node(id)).")
            .Resolve(c => GlobalId.Encode(NodeTypes.User, c.Source.Id ?? c.Source.Username ?? ""));
        Field<StringGraphType>("pinterestId").Description("Pinterest's own user ID.").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("username").Description("The Pinterest username.").Resolve(c => c.Source.Username ?? "");
        Field(a => a.AccountType, nullable: true).Description("PINNER or BUSINESS.");
        Field(a => a.BusinessName, nullable: true).Description("A business account's name.");
        Field(a => a.ProfileImage, nullable: true).Description("The profile image URL.");
        Field(a => a.WebsiteUrl, nullable: true).Description("The website shown on the profile.");
        Field(a => a.About, nullable: true).Description("The profile's about text.");
        Field<IntGraphType>("boardCount").Description("Pinterest's count of the user's boards.").Resolve(c => (int?)c.Source.BoardCount);
        Field<IntGraphType>("pinCount").Description("Pinterest's count of the user's pins.").Resolve(c => (int?)c.Source.PinCount);
        Field<IntGraphType>("followerCount").Description("Pinterest's count of followers.").Resolve(c => (int?)c.Source.FollowerCount);
        Field<IntGraphType>("followingCount").Description("Pinterest's count of accounts followed.").Resolve(c => (int?)c.Source.FollowingCount);
        Field<IntGraphType>("monthlyViews").Description("Monthly views, as Pinterest reports them.").Resolve(c => (int?)c.Source.MonthlyViews);
        Field<BoardConnectionType>("boards").Description("The user's boards (secret ones only with boards:read_secret).").Paged()
            .Argument<BoardPrivacyEnumType>("privacy", "Only boards with this privacy.")
            .RequiresScopes(PinterestScopes.BoardsRead)
            .UpstreamCost(ConnectionPaging.PageCost)
            .ResolveKeyOnlyAsync(async c => await ConnectionPaging.PageAsync(c, (page, ct) => c.Pinterest().Boards.ListAsync(
                new ListBoardsRequest { Page = page, Privacy = c.GetArgument<string?>("privacy") }, ct)));
        Field<PinConnectionType>("pins").Description("The user's pins, newest first.").Paged()
            .RequiresScopes(PinterestScopes.BoardsRead, PinterestScopes.PinsRead)
            .UpstreamCost(ConnectionPaging.PageCost)
            .ResolveKeyOnlyAsync(async c => await ConnectionPaging.PageAsync(c, (page, ct) => c.Pinterest().Pins.ListAsync(new ListPinsRequest { Page = page }, ct)));
        Field<UserSummaryConnectionType>("followers").Description("Accounts following the user.").Paged()
            .RequiresScopes(PinterestScopes.UserAccountsRead)
            .UpstreamCost(ConnectionPaging.PageCost)
            .UpstreamCategory(UpstreamCategories.AdsRead)
            .ResolveKeyOnlyAsync(async c => await ConnectionPaging.PageAsync(c, (page, ct) => c.Pinterest().UserAccount.ListFollowersAsync(page, ct)));
        Field<UserSummaryConnectionType>("following").Description("Accounts the user follows.").Paged()
            .RequiresScopes(PinterestScopes.UserAccountsRead)
            .UpstreamCost(ConnectionPaging.PageCost)
            .ResolveKeyOnlyAsync(async c => await ConnectionPaging.PageAsync(c, (page, ct) =>
                c.Pinterest().UserAccount.ListFollowingAsync(new ListFollowingRequest { Page = page }, ct)));
        Field<UserWebsiteConnectionType>("websites").Description("Websites claimed on the profile, with their verification status.").Paged()
            .RequiresScopes(PinterestScopes.UserAccountsRead)
            .UpstreamCost(ConnectionPaging.PageCost)
            .ResolveKeyOnlyAsync(async c => await ConnectionPaging.PageAsync(c, (page, ct) => c.Pinterest().UserAccount.ListWebsitesAsync(page, ct)));
        Analytics.UserAnalyticsFields.AddTo(this);
        Ads.UserAdsFields.AddTo(this);
        Catalogs.UserCatalogsFields.AddTo(this);
        BusinessAccess.UserBusinessFields.AddTo(this);
        this.ResolveDataThroughHandles();
    }
}
