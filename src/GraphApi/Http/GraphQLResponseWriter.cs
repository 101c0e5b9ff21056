using GraphQL;

namespace GraphApi.Http;

/// <summary>Writes execution results and refusals in the negotiated media type, always UTF-8.</summary>
internal sealed class GraphQLResponseWriter(IGraphQLTextSerializer serializer)
{
    public Task WriteAsync<T>(HttpContext context, int statusCode, string mediaType, T body)
    {
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = mediaType + "; charset=utf-8";
        return serializer.WriteAsync(context.Response.Body, body, context.RequestAborted);
    }

    /// <summary>Refusals keep the GraphQL response shape (an <c>errors</c> list, no <c>data</c>) so clients parse one format.</summary>
    public Task WriteProblemAsync(HttpContext context, GraphQLHttpProblem problem, string mediaType) =>
        WriteErrorAsync(context, problem.StatusCode, mediaType, new ExecutionError(problem.Message) { Code = problem.Code });

    public Task WriteErrorAsync(HttpContext context, int statusCode, string mediaType, ExecutionError error) =>
        WriteAsync(context, statusCode, mediaType, new ExecutionResult { Errors = [error] });
}
