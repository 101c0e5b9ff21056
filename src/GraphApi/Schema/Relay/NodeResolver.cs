using GraphApi.Execution.Cost;
using GraphApi.Execution.Errors;
using GraphApi.Features.Ads;
using GraphApi.Features.Boards;
using GraphApi.Features.BusinessAccess;
using GraphApi.Features.Catalogs;
using GraphApi.Features.Pins;
using GraphApi.Features.Sections;
using GraphApi.Features.Users;
using GraphQL;
using GraphQL.DataLoader;

namespace GraphApi.Schema.Relay;

/// <summary>From a global ID to a handle on its object (boards, pins, sections) or the load of it (users).</summary>
internal static class NodeResolver
{
    public static object Resolve(IResolveFieldContext context, string globalId) =>
        TryResolve(context, globalId) ?? throw new ExecutionError("`id` is not a global ID from this API.") { Code = ErrorCodes.InvalidArgument };

    public static object? TryResolve(IResolveFieldContext context, string globalId) => GlobalId.Decode(globalId) switch
    {
        (NodeTypes.Board, var id) when PinterestIds.IsValid(id) => BoardType.Handle(context, id),
        (NodeTypes.Pin, var id) when PinterestIds.IsValid(id) => PinType.Handle(context, id),
        (NodeTypes.BoardSection, var key) when SectionKey.Parse(key) is { } section => BoardSectionType.Handle(context, section),
        (NodeTypes.AdAccount, var id) when PinterestIds.IsValid(id) => AdAccountType.Handle(context, id),
        (NodeTypes.Catalog, var id) when PinterestIds.IsValid(id) => CatalogType.Handle(context, id),
        (NodeTypes.CatalogFeed, var id) when PinterestIds.IsValid(id) => CatalogFeedType.Handle(context, id),
        (NodeTypes.ProductGroup, var id) when PinterestIds.IsValid(id) => context.Service<ProductGroupsByIdDataLoader>().Load(id),
        (NodeTypes.Campaign, var key) when AdsKey.Parse(key) is { } campaign => context.Service<CampaignsByIdDataLoader>().Load(campaign),
        (NodeTypes.AdGroup, var key) when AdsKey.Parse(key) is { } adGroup => context.Service<AdGroupsByIdDataLoader>().Load(adGroup),
        (NodeTypes.Ad, var key) when AdsKey.Parse(key) is { } ad => context.Service<AdsByIdDataLoader>().Load(ad),
        // Not a handle either: a business is found in the user's employers list (one call per request).
        (NodeTypes.Business, var id) when PinterestIds.IsValid(id) => context.Service<BusinessesDataLoader>().Load(id),
        // Not a handle: only the signed-in user's own account is readable, which takes the account to know.
        (NodeTypes.User, var id) => new MeIfMatches(context.Service<MeDataLoader>().Load(MeDataLoader.Key), id),
        _ => null,
    };

    /// <summary>For the cost analysis: the keys <see cref="TryResolve"/> answers with a handle.</summary>
    public static bool IsHandle(LoaderKey key) => key.Loader is not (NodeTypes.User or NodeTypes.Campaign or NodeTypes.AdGroup or NodeTypes.Ad or NodeTypes.ProductGroup or NodeTypes.Business);

    /// <summary>Only the signed-in user's own account is readable; another user's ID is not found.</summary>
    private sealed class MeIfMatches(IDataLoaderResult<Pinterest.UserAccount.Account?> me, string id) : IDataLoaderResult
    {
        public async Task<object?> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var account = await me.GetResultAsync(cancellationToken);
            return account is not null && (account.Id == id || account.Username == id) ? account : null;
        }
    }
}
