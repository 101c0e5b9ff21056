using GraphApi.Http;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace GraphApi.Execution.Scopes;

/// <summary>Reject mode: one per offending field; the request does not execute and answers 403.</summary>
internal sealed class ScopeValidationError : ValidationError, IErrorExtensions, IHttpStatusError
{
    public ScopeValidationError(GraphQLDocument document, ScopeDenial denial, ASTNode node)
        : base(document.Source, null, denial.Message, node)
    {
        Code = denial.Code;
        AdditionalExtensions = denial.Extensions;
    }

    public IReadOnlyDictionary<string, object?> AdditionalExtensions { get; }

    public int StatusCode => StatusCodes.Status403Forbidden;
}
