using GraphQL;
using GraphQL.DI;

namespace GraphApi.Execution.Cost;

internal static class CostServiceCollectionExtensions
{
    public static IServiceCollection AddCostBudgets(this IServiceCollection services)
    {
        services.AddOptions<CostOptions>()
            .BindConfiguration(CostOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        return services;
    }

    /// <summary>After the scope analysis; a per-caller budget rule that reads <see cref="RequestCost"/> goes after this.</summary>
    public static IGraphQLBuilder AddCostAnalysis(this IGraphQLBuilder graphql) => graphql.AddValidationRule<CostAnalysisRule>(useForCachedDocuments: true);
}
