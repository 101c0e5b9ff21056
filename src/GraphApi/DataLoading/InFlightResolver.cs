using System.Runtime.CompilerServices;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Resolvers;

namespace GraphApi.DataLoading;

/// <summary>
/// Query execution only: a resolver whose call is still in flight is handed to the engine as a pending result. The
/// engine awaits ordinary asynchronous fields before it lets any loader dispatch, so without this a list page
/// (<c>me { boards }</c>) would hold back a sibling's load (<c>me { username }</c>) by a whole upstream round trip;
/// parked, the call keeps running while the loaders dispatch, and both land in one wave.
/// </summary>
internal static class InFlightResolver
{
    private static readonly ConditionalWeakTable<IFieldResolver, Parking> Wrappers = [];

    /// <summary>The same resolver, parking its result when it does not complete synchronously (one wrapper per resolver).</summary>
    public static IFieldResolver For(IFieldResolver resolver) => Wrappers.GetValue(resolver, static r => new Parking(r));

    /// <summary>
    /// For a field the error cap nulls after its call was started: waits for the call and drops its outcome, so no
    /// upstream call outlives the request (its scope, token source and concurrency gate) and no failure goes
    /// unobserved. Any other pending result is left alone: awaiting a loader's result would dispatch its batch.
    /// </summary>
    public static async Task DropAsync(object? result)
    {
        if (result is InFlight { Call: var call })
        {
            await Task.WhenAny(call).ConfigureAwait(false);
            _ = call.Exception; // observed on purpose: the field is already null, its error would be one past the cap
        }
    }

    private sealed class Parking(IFieldResolver inner) : IFieldResolver
    {
        public ValueTask<object?> ResolveAsync(IResolveFieldContext context)
        {
            // The engine does not reuse the context of a field that answered a pending result, so the running call
            // may keep using it.
            var pending = inner.ResolveAsync(context);
            return pending.IsCompleted ? pending : new ValueTask<object?>(new InFlight(pending.AsTask()));
        }
    }

    private sealed class InFlight(Task<object?> call) : IDataLoaderResult
    {
        public Task<object?> Call { get; } = call;

        public Task<object?> GetResultAsync(CancellationToken cancellationToken = default) => Call;
    }
}
