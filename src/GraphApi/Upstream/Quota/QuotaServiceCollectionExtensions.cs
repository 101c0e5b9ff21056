using GraphApi.Pinterest.Http;
using GraphQL;
using GraphQL.DI;

namespace GraphApi.Upstream.Quota;

internal static class QuotaServiceCollectionExtensions
{
    /// <summary>
    /// The quota tracker, and (when <c>Quota:Enabled</c>) the client's observer: with tracking off nothing is
    /// registered for the client, which then does not read the headers at all.
    /// </summary>
    public static IServiceCollection AddPinterestQuota(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<QuotaOptions>()
            .BindConfiguration(QuotaOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<QuotaTracker>();
        if (configuration.GetValue(QuotaOptions.SectionName + ":" + nameof(QuotaOptions.Enabled), true))
        {
            services.AddScoped<RequestQuota>();
            services.AddScoped<IPinterestQuotaObserver>(provider => provider.GetRequiredService<RequestQuota>());
        }

        return services;
    }

    /// <summary>After the cost analysis (it reads the estimate) and before the upstream budget (a refusal is not charged).</summary>
    public static IGraphQLBuilder AddQuotaCheck(this IGraphQLBuilder graphql) =>
        graphql.AddValidationRule<QuotaCheckRule>(useForCachedDocuments: true);
}
