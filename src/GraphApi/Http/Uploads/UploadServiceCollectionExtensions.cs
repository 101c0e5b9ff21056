namespace GraphApi.Http.Uploads;

internal static class UploadServiceCollectionExtensions
{
    /// <summary>Multipart file uploads on the GraphQL endpoint: settings (checked at start), the reader, the process-wide gate, the temp folder.</summary>
    public static IServiceCollection AddGraphQLUploads(this IServiceCollection services)
    {
        services.AddOptions<GraphQLUploadOptions>()
            .BindConfiguration(GraphQLUploadOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<GraphQLMultipartReader>();
        services.AddSingleton<UploadGate>();
        services.AddSingleton<UploadFolder>();
        services.AddHostedService(sp => sp.GetRequiredService<UploadFolder>());
        return services;
    }
}
