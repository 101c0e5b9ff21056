using GraphQL.Validation;
using T = GraphApi.Telemetry.GraphApiTelemetry.Tags;

namespace GraphApi.Telemetry;

/// <summary>
/// GraphQL.NET's validator inside a <c>graphql.validate</c> span: every rule, the scope analysis, the cost analysis
/// and the upstream budget included, and variable coercion. GraphQL.NET has no validation span of its own (its
/// <c>UseTelemetry</c> traces the whole execution and can record the document text, which we never want).
/// </summary>
internal sealed class TracingDocumentValidator(IDocumentValidator inner) : IDocumentValidator
{
    // Untraced (no listener, or no operation span): the inner task itself, no extra state machine.
    public Task<IValidationResult> ValidateAsync(in ValidationOptions options) =>
        System.Diagnostics.Activity.Current is null || !GraphApiTelemetry.Source.HasListeners()
            ? inner.ValidateAsync(options)
            : TracedAsync(options);

    private async Task<IValidationResult> TracedAsync(ValidationOptions options)
    {
        using var activity = GraphApiTelemetry.Source.StartActivity(GraphApiTelemetry.Spans.Validate);
        var result = await inner.ValidateAsync(options);
        activity?.SetTag(T.ValidationErrors, result.Errors.Count);
        if (!result.IsValid)
        {
            activity?.SetStatus(System.Diagnostics.ActivityStatusCode.Error);
        }

        return result;
    }
}
