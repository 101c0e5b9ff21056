using GraphQL;
using GraphQL.Transport;

namespace GraphApi.Http.TrustedDocuments;

/// <summary>A request whose document text is known (<see cref="Request"/>), or the answer refusing it (<see cref="Refusal"/>).</summary>
internal sealed record ResolvedDocument(GraphQLRequest Request, ExecutionResult? Refusal)
{
    public static ResolvedDocument Refused(GraphQLRequest request, ExecutionError error) =>
        new(request, new ExecutionResult { Errors = [error] });
}
