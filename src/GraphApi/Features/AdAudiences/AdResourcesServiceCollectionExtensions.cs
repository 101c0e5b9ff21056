using GraphApi.Features.AdReports;
using GraphApi.Features.Billing;
using GraphApi.Schema;

namespace GraphApi.Features.AdAudiences;

internal static class AdResourcesServiceCollectionExtensions
{
    /// <summary>The root fields of the resources around the ads hierarchy (audiences, lists, tags, keywords, reports, billing) and their settings.</summary>
    public static IServiceCollection AddAdResourceFeatures(this IServiceCollection services)
    {
        services.AddOptions<CustomerListOptions>().BindConfiguration(CustomerListOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IMutationFields, AdReportMutations>();
        services.AddSingleton<IMutationFields, AdAudienceMutations>();
        services.AddSingleton<IMutationFields, BillingMutations>();
        return services;
    }
}
