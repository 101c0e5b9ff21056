namespace GraphApi.Execution.Scopes;

/// <summary>An error that adds its own keys to <c>extensions</c> (beside <c>code</c>); read by the error info provider.</summary>
public interface IErrorExtensions
{
    IReadOnlyDictionary<string, object?> AdditionalExtensions { get; }
}
