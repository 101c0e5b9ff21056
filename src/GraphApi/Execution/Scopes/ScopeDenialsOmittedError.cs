using GraphApi.Execution.Errors;
using GraphApi.Http;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace GraphApi.Execution.Scopes;

/// <summary>
/// Reject mode: the denied fields past <see cref="ScopeAnalysisRule.MaxReportedDenials"/>, summarised in one error, so
/// a document with thousands of guarded aliases cannot make an error list of thousands.
/// </summary>
internal sealed class ScopeDenialsOmittedError : ValidationError, IErrorExtensions, IHttpStatusError
{
    public ScopeDenialsOmittedError(GraphQLDocument document, GraphQLOperationDefinition operation, int omitted)
        : base(document.Source, null, $"{omitted} more fields are denied for the same kind of reason; only the first {ScopeAnalysisRule.MaxReportedDenials} are listed.", operation)
    {
        Code = ErrorCodes.TooManyErrors;
        AdditionalExtensions = new Dictionary<string, object?> { ["omittedErrors"] = omitted };
    }

    public IReadOnlyDictionary<string, object?> AdditionalExtensions { get; }

    public int StatusCode => StatusCodes.Status403Forbidden;
}
