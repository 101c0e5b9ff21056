using GraphApi.Execution.Cost;
using GraphApi.Execution.Errors;
using GraphApi.Execution.Scopes;
using GraphApi.Pinterest.OAuth;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;

namespace GraphApi.Schema.Relay;

internal sealed class NodeQueries : IQueryFields
{
    public const int MaxNodes = 100;

    public void AddTo(ObjectGraphType query)
    {
        query.Field<NodeInterface>("node")
            .Description("Any object by its global ID (Relay refetch). Null with NOT_FOUND when Pinterest has none visible; null without an error for a User ID other than the signed-in user's (Pinterest shows no other account).")
            .Argument<NonNullGraphType<IdGraphType>>("id", "A global ID from an `id` field.")
            .RequiresScopes(PinterestScopes.BoardsRead)
            .UpstreamCost(UpstreamCost.ArgumentKeyHandle(a => NodeCostKeys.OfGlobalId(a.GetString("id")), NodeResolver.IsHandle))
            .Resolve(c => NodeResolver.Resolve(c, c.GetArgument<string>("id")));

        // Board, pin and section IDs are handles: a missing one nulls its own item with NOT_FOUND at ["nodes", i];
        // a user ID is loaded, and its failure fails the list as a whole.
        query.Field<NonNullGraphType<ListGraphType<NodeInterface>>>("nodes")
            .Description($"Objects by global ID, in the same order, at most {MaxNodes}; null for IDs that are not global IDs.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids", $"Up to {MaxNodes} global IDs.")
            .RequiresScopes(PinterestScopes.BoardsRead)
            .UpstreamCost(UpstreamCost.ListArgumentKeys("ids", MaxNodes, NodeCostKeys.OfGlobalId, NodeResolver.IsHandle))
            .Resolve(c =>
            {
                var ids = c.GetArgument<List<string>>("ids");
                if (ids.Count > MaxNodes)
                {
                    throw new ExecutionError($"`ids` takes at most {MaxNodes} IDs, not {ids.Count}.") { Code = ErrorCodes.InvalidArgument };
                }

                var items = ids.Select(id => NodeResolver.TryResolve(c, id)).ToList();
                return items.Any(item => item is IDataLoaderResult) ? new AllNodesResult(items) : items;
            });
    }

    private sealed class AllNodesResult(IReadOnlyList<object?> items) : IDataLoaderResult
    {
        public async Task<object?> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var values = new object?[items.Count];
            for (var i = 0; i < items.Count; i++)
            {
                values[i] = items[i] is IDataLoaderResult pending ? await pending.GetResultAsync(cancellationToken) : items[i];
            }

            return values;
        }
    }
}
