using Microsoft.Extensions.Options;

namespace GraphApi.Http.TrustedDocuments;

internal static class TrustedDocumentServiceCollectionExtensions
{
    /// <summary>Trusted documents (loaded at start), the trusted-only policy, and the automatic persisted query store.</summary>
    public static IServiceCollection AddTrustedDocuments(this IServiceCollection services)
    {
        services.AddOptions<TrustedDocumentOptions>()
            .BindConfiguration(TrustedDocumentOptions.SectionName)
            .Configure<IConfiguration>((options, configuration) =>
            {
                // "client_type=partner" as one string binds to nothing in a list, which would quietly restrict nobody:
                // read the plain-string form too.
                var single = configuration.GetSection(TrustedDocumentOptions.SectionName + ":RequiredWhenClaim").Value;
                if (!string.IsNullOrWhiteSpace(single))
                {
                    options.RequiredWhenClaim.AddRange(single.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
                }
            })
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<TrustedDocumentOptions>, TrustedDocumentOptionsValidator>();

        services.AddSingleton(sp => TrustedDocumentFolder.Load(
            sp.GetRequiredService<IOptions<TrustedDocumentOptions>>().Value,
            sp.GetRequiredService<IOptions<GraphQLHttpOptions>>().Value.MaxDocumentLength,
            sp.GetRequiredService<IHostEnvironment>().ContentRootPath));
        services.AddHostedService<TrustedDocumentWarmup>();
        services.AddSingleton<TrustedDocumentPolicy>();
        services.AddSingleton<AutomaticPersistedQueryStore>();
        services.AddSingleton<PersistedDocumentResolver>();
        return services;
    }
}
