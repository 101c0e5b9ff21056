using GraphApi.Execution.Limits;
using Microsoft.Extensions.Options;

namespace GraphApi.Http;

internal static class GraphQLEndpointRouteBuilderExtensions
{
    /// <summary>Maps the GraphQL endpoint for every method: the handler answers 405 itself, with <c>Allow</c>.</summary>
    public static IEndpointConventionBuilder MapGraphQLEndpoint(this IEndpointRouteBuilder endpoints)
    {
        var path = endpoints.ServiceProvider.GetRequiredService<IOptions<GraphQLHttpOptions>>().Value.Path;
        var endpoint = endpoints.ServiceProvider.GetRequiredService<GraphQLHttpEndpoint>();
        return endpoints.Map(path, endpoint.HandleAsync).WithDisplayName("GraphQL")
            .WithRequestTimeout(LimitsServiceCollectionExtensions.RequestTimeoutPolicy);
    }
}
