using GraphApi.Execution.Errors;
using GraphQL;

namespace GraphApi.DataLoading;

/// <summary>
/// What a field of a handle answers when the handle's own entity turned out missing or failed: the execution strategy
/// (<see cref="HandleFailures"/>) nulls the handle itself and reports <see cref="Error"/> once, at the handle's path,
/// as if the handle field had loaded the entity itself. Never reaches a response.
/// </summary>
internal sealed class HandleFailure(ExecutionError? error)
{
    /// <summary>The loader found nothing for the key (no error, as a loaded null answered before handles).</summary>
    public static HandleFailure Missing { get; } = new(null);

    public ExecutionError? Error { get; } = error;

    /// <summary>
    /// A failure the API reports with a stable code (Pinterest's, or an <see cref="ExecutionError"/>); null for anything
    /// else, which stays an unhandled error of the field so it is logged and masked as usual.
    /// </summary>
    public static HandleFailure? From(Exception exception) => exception switch
    {
        OperationCanceledException => null,
        ExecutionError error => new(Copy(error)),
        _ => PinterestExceptionTranslator.ToExecutionError(exception) is { } mapped ? new(mapped) : null,
    };

    // A loader rethrows one captured exception to every field of its key; each report needs its own path.
    private static ExecutionError Copy(ExecutionError error)
    {
        var copy = new ExecutionError(error.Message, error.InnerException) { Code = error.Code };
        foreach (System.Collections.DictionaryEntry entry in error.Data)
        {
            copy.Data[entry.Key] = entry.Value;
        }

        return copy;
    }
}
