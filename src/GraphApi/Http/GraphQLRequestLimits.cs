using GraphApi.Execution.Errors;
using GraphQL;
using GraphQL.Transport;
using Microsoft.Extensions.Options;

namespace GraphApi.Http;

/// <summary>The size checks and refusal wording shared by the POST body parser and the GET query-string parser.</summary>
internal sealed class GraphQLRequestLimits(IOptions<GraphQLHttpOptions> options)
{
    public int MaxVariablesBytes => options.Value.MaxVariablesBytes;

    public int MaxBatchSize => options.Value.MaxBatchSize;

    /// <summary>Builds the request once every parameter passed, refusing a document over the length limit.</summary>
    public GraphQLHttpRequest Build(string? query, string? documentId, string? operationName, Inputs? variables, Inputs? extensions, int? index)
    {
        // No text at all is a persisted-document request (documentId / APQ), resolved later; blank text is a mistake.
        if (query is not null && string.IsNullOrWhiteSpace(query))
        {
            var empty = index is null ? "The GraphQL document is empty." : $"The GraphQL document of request {index} is empty.";
            return Refused(empty + " Send a query such as { __typename }.");
        }

        var max = options.Value.MaxDocumentLength;
        if (query?.Length > max)
        {
            var where = index is null ? "The GraphQL document" : $"The GraphQL document of request {index}";
            return GraphQLHttpRequest.Refused(GraphQLHttpProblem.BadRequest(
                ErrorCodes.DocumentTooLarge, $"{where} is {query.Length:N0} characters long; the limit is {max:N0}."));
        }

        return GraphQLHttpRequest.Single(new GraphQLRequest
        {
            Query = query,
            DocumentId = documentId,
            OperationName = operationName,
            Variables = variables,
            Extensions = extensions,
        });
    }

    public GraphQLHttpProblem TooLarge(string parameter, int size) => GraphQLHttpProblem.BadRequest(
        ErrorCodes.VariablesTooLarge, $"\"{parameter}\" is {size:N0} bytes of JSON; the limit is {MaxVariablesBytes:N0}.");

    public static GraphQLHttpRequest Refused(string message) =>
        GraphQLHttpRequest.Refused(GraphQLHttpProblem.BadRequest(ErrorCodes.InvalidRequest, message));
}
