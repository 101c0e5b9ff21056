using GraphQL;
using GraphQL.DI;

namespace GraphApi.Execution.Documents;

internal static class DocumentCacheServiceCollectionExtensions
{
    /// <summary><c>GraphQL:DocumentCache</c> (validated on start) and the cache.</summary>
    public static IServiceCollection AddDocumentCache(this IServiceCollection services)
    {
        services.AddOptions<DocumentCacheOptions>()
            .BindConfiguration(DocumentCacheOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<DocumentCache>();
        return services;
    }

    /// <summary>The engine side: a cached, already validated document runs only the caller- and variable-dependent rules.</summary>
    public static IGraphQLBuilder AddDocumentCache(this IGraphQLBuilder graphql) => graphql.ConfigureExecution(new ValidatedDocumentExecution());
}
