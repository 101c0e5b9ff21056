using GraphApi.DataLoading;
using GraphApi.Execution.Cost;
using GraphApi.Execution.Scopes;
using GraphApi.Pinterest.OAuth;
using GraphApi.Pinterest.UserAccount;
using GraphApi.Schema;
using GraphApi.Schema.Relay;
using GraphQL.Types;

namespace GraphApi.Features.Catalogs;

/// <summary>The catalogs fields of <c>User</c>.</summary>
internal static class UserCatalogsFields
{
    public static void AddTo(ObjectGraphType<Account> user) =>
        user.Field<CatalogConnectionType>("catalogs")
            .Description("The catalogs the user's business owns (retail, hotel, creative assets).")
            .Paged()
            .RequiresScopes(PinterestScopes.CatalogsRead)
            .UpstreamCost(ConnectionPaging.PageCost)
            .UpstreamCategory(UpstreamCategories.CatalogsRead)
            .ResolveKeyOnlyAsync(async c => await ConnectionPaging.PageAsync(c, (page, ct) => c.Pinterest().Catalogs.ListAsync(page, cancellationToken: ct)));
}
