using GraphQL.Transport;

namespace GraphApi.Http;

/// <summary>What the reader made of an HTTP request: one or more GraphQL requests, or a problem to answer.</summary>
internal sealed record GraphQLHttpRequest(IReadOnlyList<GraphQLRequest> Requests, bool IsBatch, GraphQLHttpProblem? Problem)
{
    public static GraphQLHttpRequest Single(GraphQLRequest request) => new([request], false, null);

    public static GraphQLHttpRequest Batch(IReadOnlyList<GraphQLRequest> requests) => new(requests, true, null);

    public static GraphQLHttpRequest Refused(GraphQLHttpProblem problem) => new([], false, problem);
}
