using GraphQL;

namespace GraphApi.Execution.Scopes;

/// <summary>Filter mode: the guarded field resolves to null with this error; the rest of the query runs.</summary>
internal sealed class ScopeExecutionError : ExecutionError, IErrorExtensions
{
    public ScopeExecutionError(ScopeDenial denial)
        : base(denial.Message)
    {
        Code = denial.Code;
        AdditionalExtensions = denial.Extensions;
    }

    public IReadOnlyDictionary<string, object?> AdditionalExtensions { get; }
}
