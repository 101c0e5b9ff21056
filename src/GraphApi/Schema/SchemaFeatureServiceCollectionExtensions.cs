using GraphApi.Features.Analytics;
using GraphApi.Features.Boards;
using GraphApi.Features.Media;
using GraphApi.Features.Pins;
using GraphApi.Features.Search;
using GraphApi.Features.Sections;
using GraphApi.Features.Users;
using GraphApi.Schema.Mutations.Idempotency;
using GraphApi.Schema.Relay;
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
