using GraphQL;
using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace GraphApi.Telemetry;

/// <summary>The <c>graphql.execute</c> span around an execution strategy's run (resolvers, loader batches, Pinterest calls).</summary>
internal static class ExecutionSpan
{
    /// <summary>Checked before the strategy builds the delegate, so an untraced request allocates nothing for it.</summary>
    public static bool Enabled => System.Diagnostics.Activity.Current is not null && GraphApiTelemetry.Source.HasListeners();

    public static async Task<ExecutionResult> Around(Func<ExecutionContext, Task<ExecutionResult>> execute, ExecutionContext context)
    {
        using var activity = GraphApiTelemetry.Source.StartActivity(GraphApiTelemetry.Spans.Execute);
        activity?.SetTag(GraphApiTelemetry.Tags.OperationType, context.Operation.Operation.ToString().ToLowerInvariant());
        var result = await execute(context);
        activity?.SetTag(GraphApiTelemetry.Tags.ErrorCount, context.Errors.Count);
        return result;
    }
}
