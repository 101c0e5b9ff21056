using GraphApi.DataLoading;
using GraphApi.Execution.Cost;
using GraphApi.Execution.Scopes;
using GraphApi.Pinterest.Ads;
using GraphApi.Pinterest.OAuth;
using GraphApi.Pinterest.UserAccount;
using GraphApi.Schema;
using GraphApi.Schema.Relay;
using GraphQL;
using GraphQL.Types;

namespace GraphApi.Features.Ads;

/// <summary>The ads fields of <c>User</c>.</summary>
internal static class UserAdsFields
{
    public static void AddTo(ObjectGraphType<Account> user) =>
        user.Field<AdAccountConnectionType>("adAccounts")
            .Description("The ad accounts the user owns or has a business access role on.")
            .Paged()
            .Argument<BooleanGraphType>("includeShared", a =>
            {
                a.Description = "Include accounts shared with the user (Pinterest's default: true).";
                a.DefaultValue = true;
            })
            .RequiresScopes(PinterestScopes.AdsRead)
            .UpstreamCost(ConnectionPaging.PageCost)
            .UpstreamCategory(UpstreamCategories.AdsRead)
            .ResolveKeyOnlyAsync(async c => await ConnectionPaging.PageAsync(c, (page, ct) =>
                c.Pinterest().AdAccounts.ListAsync(new ListAdAccountsRequest { IncludeSharedAccounts = c.GetArgument("includeShared", true), Page = page }, ct)));
}
