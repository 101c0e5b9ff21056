using GraphApi.Http.Uploads;
using GraphQL.Transport;

namespace GraphApi.Http;

/// <summary>What the reader made of an HTTP request: one or more GraphQL requests, or a problem to answer.</summary>
internal sealed record GraphQLHttpRequest(IReadOnlyList<GraphQLRequest> Requests, bool IsBatch, GraphQLHttpProblem? Problem)
{
    /// <summary>The files of a multipart request and where the map placed them; null for a JSON or GET request.</summary>
    public RequestUploads? Uploads { get; init; }

    public static GraphQLHttpRequest Single(GraphQLRequest request) => new([request], false, null);

    public static GraphQLHttpRequest Batch(IReadOnlyList<GraphQLRequest> requests) => new(requests, true, null);

    public static GraphQLHttpRequest Refused(GraphQLHttpProblem problem) => new([], false, problem);
}
