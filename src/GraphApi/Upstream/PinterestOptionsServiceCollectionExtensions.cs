using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace GraphApi.Upstream;

internal static class PinterestOptionsServiceCollectionExtensions
{
    /// <summary>
    /// Binds and validates <see cref="PinterestOptions"/> from the <c>Pinterest</c> section, once: the account links,
    /// the token durability and the per-request upstream gate all read it, and each may be registered on its own.
    /// </summary>
    public static IServiceCollection AddPinterestOptions(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(IValidateOptions<PinterestOptions>)))
        {
            return services;
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PinterestOptions>, PinterestOptionsValidator>());
        services.AddOptions<PinterestOptions>().BindConfiguration(PinterestOptions.SectionName).ValidateOnStart();
        return services;
    }
}
