using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace GraphApi.Accounts.Links;

internal static class PinterestAppOptionsServiceCollectionExtensions
{
    /// <summary>
    /// Binds and validates <see cref="PinterestAppOptions"/> from the <c>Pinterest</c> section, once: the account links,
    /// the token durability and the per-request upstream gate all read it, and each may be registered on its own.
    /// </summary>
    public static IServiceCollection AddPinterestAppOptions(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(IValidateOptions<PinterestAppOptions>)))
        {
            return services;
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PinterestAppOptions>, PinterestAppOptionsValidator>());
        services.AddOptions<PinterestAppOptions>().BindConfiguration(PinterestAppOptions.SectionName).ValidateOnStart();
        return services;
    }
}
