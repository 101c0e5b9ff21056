using GraphApi.Analytics;
using GraphApi.Boards;
using GraphApi.Idempotency;
using GraphApi.Media;
using GraphApi.Pins;
using GraphApi.Relay;
using GraphApi.Search;
using GraphApi.Users;

namespace GraphApi.Schema;

internal static class SchemaFeatureServiceCollectionExtensions
{
    /// <summary>The Pinterest schema's features: their root fields, and their per-request (scoped) loaders.</summary>
    public static IServiceCollection AddGraphApiSchemaFeatures(this IServiceCollection services)
    {
        services.AddSingleton<IQueryFields, UserQueries>();
        services.AddSingleton<IQueryFields, BoardQueries>();
        services.AddSingleton<IQueryFields, PinQueries>();
        services.AddSingleton<IQueryFields, NodeQueries>();
        services.AddSingleton<IQueryFields, SearchQueries>();
        services.AddSingleton<MediaFields>();
        services.AddSingleton<IQueryFields>(sp => sp.GetRequiredService<MediaFields>());
        services.AddSingleton<IMutationFields>(sp => sp.GetRequiredService<MediaFields>());
        services.AddSingleton<IMutationFields, UserAccountMutations>();

        services.AddSingleton<IMutationFields, BoardMutations>();
        services.AddSingleton<IMutationFields, BoardSectionMutations>();
        services.AddSingleton<IMutationFields, PinMutations>();
        services.AddIdempotency();

        services.AddScoped<MeDataLoader>();
        services.AddScoped<BoardsByIdDataLoader>();
        services.AddScoped<BoardSectionsByIdDataLoader>();
        services.AddScoped<PinsByIdDataLoader>();
        services.AddScoped<PinAnalyticsDataLoader>();
        return services;
    }
}
