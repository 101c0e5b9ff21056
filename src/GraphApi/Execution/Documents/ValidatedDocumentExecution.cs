using GraphQL;
using GraphQL.DI;

namespace GraphApi.Execution.Documents;

/// <summary>
/// For a document whose GraphQL.NET document rules already passed (<see cref="CachedDocument.IsValidated"/>), runs only
/// <see cref="ExecutionOptions.CachedDocumentValidationRules"/>: the rules registered with
/// <c>useForCachedDocuments: true</c> (scope, cost and upstream budget: they depend on the caller, the variables and the
/// budget's state). Variable coercion and argument parsing are not rules: GraphQL.NET's validator runs them every time.
/// GraphQL.NET 8 leaves this switch to the document cache (its MemoryDocumentCache package is not served here).
/// </summary>
internal sealed class ValidatedDocumentExecution : IConfigureExecution
{
    private const string MarkerKey = "GraphApi.Documents.Validated";

    // After the ConfigureExecutionOptions steps (100) that install both rule lists, before the Use steps (200).
    public float SortOrder => 150;

    /// <summary>Marks these options as carrying a document already validated for their operation name.</summary>
    public static void MarkValidated(ExecutionOptions options) => options.UserContext[MarkerKey] = true;

    public Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options.UserContext.Remove(MarkerKey))
        {
            options.ValidationRules = options.CachedDocumentValidationRules ?? [];
        }

        return next(options);
    }
}
