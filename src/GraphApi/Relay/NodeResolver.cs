using GraphApi.Boards;
using GraphApi.Pins;
using GraphApi.Users;
using GraphQL;
using GraphQL.DataLoader;

namespace GraphApi.Relay;

/// <summary>From a global ID to the loader that fetches its object.</summary>
internal static class NodeResolver
{
    public static IDataLoaderResult Load(IServiceProvider services, string globalId) =>
        TryLoad(services, globalId) ?? throw new ExecutionError("`id` is not a global ID from this API.") { Code = "INVALID_ARGUMENT" };

    public static IDataLoaderResult? TryLoad(IServiceProvider services, string globalId) => GlobalId.Decode(globalId) switch
    {
        (NodeTypes.Board, var id) when PinterestIds.IsValid(id) => services.GetRequiredService<BoardsByIdDataLoader>().Load(id),
        (NodeTypes.Pin, var id) when PinterestIds.IsValid(id) => services.GetRequiredService<PinsByIdDataLoader>().Load(id),
        (NodeTypes.BoardSection, var key) when SectionKey.Parse(key) is { } section =>
            services.GetRequiredService<BoardSectionsByIdDataLoader>().Load(section),
        (NodeTypes.User, var id) => new MeIfMatches(services.GetRequiredService<MeDataLoader>().Load(MeDataLoader.Key), id),
        _ => null,
    };

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
