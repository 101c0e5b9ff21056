using GraphApi.Execution.Cost;
using GraphApi.Execution.Scopes;
using GraphApi.Pinterest.OAuth;
using GraphApi.Schema;
using GraphApi.Schema.Relay;
using GraphQL.MicrosoftDI;
using GraphQL.Types;

namespace GraphApi.Features.Users;

internal sealed class UserQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        AddMe(query);
        AddVerificationCode(query);
    }

    private static void AddMe(ObjectGraphType query) =>
        query.Field<UserType>("me")
            .Description("The signed-in user's Pinterest account.")
            .RequiresScopes(PinterestScopes.UserAccountsRead)
            .UpstreamCost(UpstreamCost.ArgumentKeyHandle(_ => NodeCostKeys.Me))
            .Resolve().WithService<MeDataLoader>().Resolve((_, me) => new DataLoading.EntityHandle<string, Pinterest.UserAccount.Account>(MeDataLoader.Key, me));

    private static void AddVerificationCode(ObjectGraphType query) =>
        query.Field<WebsiteVerificationCodeType>("websiteVerificationCode")
            .Description("The code to place on a website before verifyWebsite.")
            .RequiresScopes(PinterestScopes.UserAccountsRead)
            .UpstreamCost(UpstreamCost.OneCall)
            .Resolve().WithService<Pinterest.IPinterestClient>()
            .ResolveAsync(async (c, pinterest) => await pinterest.UserAccount.GetWebsiteVerificationCodeAsync(cancellationToken: c.CancellationToken));
}
