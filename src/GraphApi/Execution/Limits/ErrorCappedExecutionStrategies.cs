using GraphApi.DataLoading;
using GraphApi.Telemetry;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Resolvers;
using Microsoft.Extensions.Options;
using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace GraphApi.Execution.Limits;

/// <summary>
/// GraphQL.NET's parallel strategy (queries) that stops resolving once a request has more than
/// <see cref="GraphQLLimitsOptions.MaxErrors"/> errors: the remaining fields resolve to null without calling their
/// resolvers (so no more upstream calls), and <see cref="LimitsExecution"/> trims the list and says so.
/// </summary>
internal sealed class ErrorCappedParallelExecutionStrategy(IOptions<GraphQLLimitsOptions> options) : ParallelExecutionStrategy
{
    public override Task<ExecutionResult> ExecuteAsync(ExecutionContext context) =>
        ExecutionSpan.Enabled ? ExecutionSpan.Around(base.ExecuteAsync, context) : base.ExecuteAsync(context);

    // Calls in flight wait beside the loaders instead of ahead of them (DataLoading/InFlightResolver).
    protected override IFieldResolver SelectResolver(ExecutionNode node, ExecutionContext context) =>
        InFlightResolver.For(base.SelectResolver(node, context));

    protected override Task ExecuteNodeAsync(ExecutionContext context, ExecutionNode node) =>
        ErrorCap.Reached(context, node, options.Value) ? Task.CompletedTask : base.ExecuteNodeAsync(context, node);

    protected override Task CompleteDataLoaderNodeAsync(ExecutionContext context, ExecutionNode node)
    {
        // A parked call is already on the wire: past the cap it is still awaited (its outcome dropped), not abandoned.
        var pending = node.Result;
        return ErrorCap.Reached(context, node, options.Value) ? InFlightResolver.DropAsync(pending) : base.CompleteDataLoaderNodeAsync(context, node);
    }

    // A handle's child that found the handle's entity missing nulls the handle (DataLoading/HandleFailures).
    protected override Task CompleteNodeAsync(ExecutionContext context, ExecutionNode node) =>
        HandleFailures.TryReport(context, node) ? Task.CompletedTask : base.CompleteNodeAsync(context, node);
}

/// <summary>The serial strategy (mutations) with the same error cap: no further root mutation field runs.</summary>
internal sealed class ErrorCappedSerialExecutionStrategy(IOptions<GraphQLLimitsOptions> options) : SerialExecutionStrategy
{
    public override Task<ExecutionResult> ExecuteAsync(ExecutionContext context) =>
        ExecutionSpan.Enabled ? ExecutionSpan.Around(base.ExecuteAsync, context) : base.ExecuteAsync(context);

    protected override Task ExecuteNodeAsync(ExecutionContext context, ExecutionNode node) =>
        ErrorCap.Reached(context, node, options.Value) ? Task.CompletedTask : base.ExecuteNodeAsync(context, node);

    protected override Task CompleteDataLoaderNodeAsync(ExecutionContext context, ExecutionNode node) =>
        ErrorCap.Reached(context, node, options.Value) ? Task.CompletedTask : base.CompleteDataLoaderNodeAsync(context, node);

    // A handle's child that found the handle's entity missing nulls the handle (DataLoading/HandleFailures).
    protected override Task CompleteNodeAsync(ExecutionContext context, ExecutionNode node) =>
        HandleFailures.TryReport(context, node) ? Task.CompletedTask : base.CompleteNodeAsync(context, node);
}

internal static class ErrorCap
{
    /// <summary>True (and the node nulled) when the request already has more errors than the cap.</summary>
    public static bool Reached(ExecutionContext context, ExecutionNode node, GraphQLLimitsOptions limits)
    {
        // The root and list items carry values set by their parent; only field nodes run resolvers.
        if (context.Errors.Count <= limits.MaxErrors || node is RootExecutionNode || node.Parent is ArrayExecutionNode)
        {
            return false;
        }

        node.Result = null;
        return true;
    }
}
