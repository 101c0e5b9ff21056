using GraphApi.Execution.Scopes;
using GraphQL;

namespace GraphApi.Execution.Errors;

/// <summary>A Pinterest or connection failure as a GraphQL error: a stable code plus safe extension keys.</summary>
public sealed class PinterestExecutionError : ExecutionError, IErrorExtensions
{
    public PinterestExecutionError(string code, string message, IReadOnlyDictionary<string, object?> extensions, Exception? inner = null)
        : base(message, inner)
    {
        Code = code;
        AdditionalExtensions = extensions;
    }

    public IReadOnlyDictionary<string, object?> AdditionalExtensions { get; }
}
