using GraphApi.Execution.Cost;
using GraphApi.Execution.Scopes;
using GraphApi.Pinterest.OAuth;
using GraphApi.Pinterest.UserAccount;
using GraphApi.Schema;
using GraphApi.Schema.Relay;
using GraphQL;
using GraphQL.Types;

namespace GraphApi.Features.BusinessAccess;

/// <summary><c>business(id)</c>: one of the signed-in user's businesses; null for one they do not belong to.</summary>
internal sealed class BusinessQueries : IQueryFields
{
    public static LoaderKey EmployersKey { get; } = new(BusinessAccessNames.NodeType, BusinessAccessNames.EmployersKey);

    public void AddTo(ObjectGraphType query) =>
        query.Field<BusinessType>("business")
            .Description("A business the signed-in user belongs to, by global ID or Pinterest business id; null when they do not belong to it.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The business's global ID or Pinterest id.")
            .RequiresScopes(PinterestScopes.BizAccessRead)
            // Every business(id) and node(Business) of a request shares one employers call.
            .UpstreamCost(UpstreamCost.ArgumentKey(_ => EmployersKey))
            .UpstreamCategory(UpstreamCategories.AdsRead)
            .Resolve(c => c.Service<BusinessesDataLoader>().Load(GlobalId.RequirePinterestId(c.GetArgument<string>("id"), BusinessAccessNames.NodeType, "id")));
}

/// <summary>The business fields of <c>User</c>.</summary>
internal static class UserBusinessFields
{
    public static void AddTo(ObjectGraphType<Account> user)
    {
        user.Field<BusinessConnectionType>("businesses")
            .Description("The businesses the user is a member of (Pinterest's employers list), with their roles there.")
            .Paged()
            .RequiresScopes(PinterestScopes.BizAccessRead)
            .UpstreamCost(ConnectionPaging.PageCost)
            .UpstreamCategory(UpstreamCategories.AdsRead)
            .ResolveAsync(async c => await ConnectionPaging.PageAsync(c, async (page, ct) =>
                BusinessPages.Businesses(await c.Pinterest().BusinessAccess.ListEmployersAsync(page, ct))));

        user.Field<ListGraphType<NonNullGraphType<LinkedBusinessType>>>("linkedBusinesses")
            .Description("Business accounts linked to the user (user_account/businesses): usernames and images only, so not Business nodes.")
            .RequiresScopes(PinterestScopes.UserAccountsRead)
            .UpstreamCost(UpstreamCost.OneCall)
            .UpstreamCategory(UpstreamCategories.OrgRead)
            .ResolveAsync(async c => await c.Pinterest().UserAccount.ListLinkedBusinessesAsync(c.CancellationToken));
    }
}
