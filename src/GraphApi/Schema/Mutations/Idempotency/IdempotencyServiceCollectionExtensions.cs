using Microsoft.Extensions.Options;

namespace GraphApi.Schema.Mutations.Idempotency;

internal static class IdempotencyServiceCollectionExtensions
{
    /// <summary><c>Idempotency</c> settings (validated on start), the record store, the bounded key locks and the purge loop.</summary>
    public static IServiceCollection AddIdempotency(this IServiceCollection services)
    {
        services.AddOptions<IdempotencyOptions>()
            .BindConfiguration(IdempotencyOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<IdempotencyOptions>, IdempotencyOptionsValidator>();
        services.AddSingleton<IdempotencyStore>();
        services.AddSingleton<IdempotencyKeyLocks>();
        services.AddHostedService<IdempotencyPurgeService>();
        return services;
    }
}
