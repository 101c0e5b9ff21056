using GraphQL;
using GraphQL.Execution;
using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace GraphApi.DataLoading;

/// <summary>
/// The execution strategies' side of <see cref="HandleFailure"/>: a handle's children run before anyone knows whether
/// the entity exists, so the first child that learns it does not nulls the handle node (the handle's own field, not
/// the child, answers NOT_FOUND, with the handle's path) and the error is reported once however many children learn it.
/// </summary>
internal static class HandleFailures
{
    /// <summary>True when <paramref name="node"/>'s result was a handle failure (now handled: the node is null).</summary>
    public static bool TryReport(ExecutionContext context, ExecutionNode node)
    {
        if (node.Result is not HandleFailure failure)
        {
            return false;
        }

        node.Result = null;
        if (node.Parent is not ObjectExecutionNode { Result: IEntityHandle } handle)
        {
            // Not under a handle (cannot happen by construction): report at the field rather than drop the error.
            Report(context, node, failure);
            return true;
        }

        // Children of one handle complete concurrently under the parallel strategy.
        lock (handle)
        {
            if (handle.SubFields is null)
            {
                return true;
            }

            handle.SubFields = null;
        }

        Report(context, handle, failure);
        return true;
    }

    private static void Report(ExecutionContext context, ExecutionNode node, HandleFailure failure)
    {
        if (failure.Error is { } error)
        {
            error.AddLocation(node.Field, context.Document);
            error.Path = node.ResponsePath;
            context.Errors.Add(error);
        }
    }
}
