using GraphApi.Execution.Budget;
using GraphQL;
using GraphQL.DI;

namespace GraphApi.Http.RateLimiting;

internal static class RateLimitingServiceCollectionExtensions
{
    /// <summary>ASP.NET Core's rate limiter with the caller and callback policies, and the upstream-call budget.</summary>
    public static IServiceCollection AddCallerRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<Cluster.ClusterMetrics>();
        if (Cluster.ClusterServiceCollectionExtensions.IsRedisConfigured(configuration))
        {
            services.AddSingleton<SharedTokenBuckets>();
        }

        services.AddOptions<RateLimitingOptions>()
            .BindConfiguration(RateLimitingOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<UpstreamCallBudget>();
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = RateLimitRejection.WriteAsync;
            limiter.AddPolicy(RateLimitPolicies.Caller, RateLimitPartitions.Caller);
            limiter.AddPolicy(RateLimitPolicies.Callback, RateLimitPartitions.Callback);
        });
        return services;
    }

    /// <summary>After authentication (the caller partitions by the validated token) and routing (policies are endpoint metadata).</summary>
    public static WebApplication UseCallerRateLimiting(this WebApplication app)
    {
        app.UseRateLimiter();
        return app;
    }

    /// <summary>Charges each operation's estimated upstream calls to the caller; register after the cost analysis rule.</summary>
    public static IGraphQLBuilder AddUpstreamBudget(this IGraphQLBuilder graphql) =>
        graphql.AddValidationRule<UpstreamBudgetRule>(useForCachedDocuments: true);
}
