using GraphApi.Execution.Scopes;
using GraphApi.Http;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace GraphApi.Execution.Cost;

/// <summary>The operation would take the request over its budget of Pinterest calls or writes: 400, nothing runs.</summary>
internal sealed class CostLimitError : ValidationError, IErrorExtensions, IHttpStatusError
{
    public CostLimitError(GraphQLDocument document, GraphQLOperationDefinition operation, string code, string message, CostFigures figures)
        : base(document.Source, null, message, operation)
    {
        Code = code;
        AdditionalExtensions = new Dictionary<string, object?> { ["cost"] = figures.ToExtension() };
    }

    public IReadOnlyDictionary<string, object?> AdditionalExtensions { get; }

    public int StatusCode => StatusCodes.Status400BadRequest;
}
