namespace GraphApi.Http;

/// <summary>A request the endpoint refuses before any GraphQL work, with the status and error it answers.</summary>
internal sealed record GraphQLHttpProblem(int StatusCode, string Code, string Message)
{
    public static GraphQLHttpProblem BadRequest(string code, string message) => new(StatusCodes.Status400BadRequest, code, message);
}
