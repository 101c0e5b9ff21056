using GraphQL;
using GraphQL.DI;

namespace GraphApi.Execution.Scopes;

internal static class ScopeAuthorizationExtensions
{
    public static IServiceCollection AddScopeAuthorization(this IServiceCollection services)
    {
        services.AddOptions<ScopeAuthorizationOptions>()
            .BindConfiguration(ScopeAuthorizationOptions.SectionName)
            .ValidateOnStart();
        services.AddScoped<PinterestAccessResolver>();
        return services;
    }

    public static IGraphQLBuilder AddScopeAnalysis(this IGraphQLBuilder graphql) => graphql.AddValidationRule<ScopeAnalysisRule>(useForCachedDocuments: true);
}
