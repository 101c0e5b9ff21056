using GraphApi.Features.AccountLinks;
using GraphApi.Features.AdAudiences;
using GraphApi.Features.Admin;
using GraphApi.Features.Ads;
using GraphApi.Features.Analytics;
using GraphApi.Features.Boards;
using GraphApi.Features.BusinessAccess;
using GraphApi.Features.Catalogs;
using GraphApi.Features.Gateway;
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
    /// <summary>The schema's features (Features/*): their root fields, and their per-request (scoped) loaders.</summary>
    public static IServiceCollection AddGraphApiSchemaFeatures(this IServiceCollection services)
    {
        // Registration order is the order of the root fields in the schema.
        services.AddSingleton<AccountLinkFields>();
        services.AddSingleton<IQueryFields>(sp => sp.GetRequiredService<AccountLinkFields>());
        services.AddSingleton<IMutationFields>(sp => sp.GetRequiredService<AccountLinkFields>());
        services.AddSingleton<IQueryFields, GatewayQueries>();
        services.AddSingleton<IQueryFields, UserQueries>();
        services.AddSingleton<IQueryFields, BoardQueries>();
        services.AddSingleton<IQueryFields, PinQueries>();
        services.AddSingleton<IQueryFields, NodeQueries>();
        services.AddSingleton<IQueryFields, SearchQueries>();
        services.AddSingleton<IQueryFields, AdsQueries>();
        services.AddSingleton<MediaFields>();
        services.AddSingleton<IQueryFields>(sp => sp.GetRequiredService<MediaFields>());
        services.AddSingleton<IMutationFields>(sp => sp.GetRequiredService<MediaFields>());
        services.AddSingleton<IMutationFields, UserAccountMutations>();

        services.AddSingleton<IMutationFields, BoardMutations>();
        services.AddSingleton<IMutationFields, BoardSectionMutations>();
        services.AddSingleton<IMutationFields, PinMutations>();
        services.AddSingleton<AdminFields>();
        services.AddSingleton<IQueryFields>(sp => sp.GetRequiredService<AdminFields>());
        services.AddSingleton<IMutationFields>(sp => sp.GetRequiredService<AdminFields>());
        services.AddSingleton<IMutationFields, CampaignMutations>();
        services.AddSingleton<IMutationFields, AdAccountMutations>();
        services.AddSingleton<IMutationFields, AdGroupMutations>();
        services.AddSingleton<IMutationFields, AdMutations>();
        services.AddIdempotency();

        services.AddScoped<MeDataLoader>();
        services.AddScoped<BoardsByIdDataLoader>();
        services.AddScoped<BoardSectionsByIdDataLoader>();
        services.AddScoped<PinsByIdDataLoader>();
        services.AddScoped<PinAnalyticsDataLoader>();
        services.AddAdsLoaders();
        services.AddAdResourceFeatures();
        services.AddCatalogsFeature();
        services.AddCatalogItemsFeature();
        services.AddBusinessAccessFeature();
        return services;
    }
}
