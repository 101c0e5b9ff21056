using System.Text.Encodings.Web;
using GraphApi.Execution.Cost;
using GraphApi.Execution.Documents;
using GraphApi.Execution.Errors;
using GraphApi.Execution.Limits;
using GraphApi.Execution.Scopes;
using GraphApi.Features.Gateway;
using GraphApi.Http;
using GraphApi.Http.RateLimiting;
using GraphApi.Http.TrustedDocuments;
using GraphApi.Http.Uploads;
using GraphApi.Telemetry;
using GraphApi.Upstream.Quota;
using GraphQL;

namespace GraphApi.Schema;

internal static class GraphQLServiceCollectionExtensions
{
    /// <summary>The GraphQL engine, the schema, and the GraphQL-over-HTTP endpoint's services.</summary>
    public static IServiceCollection AddGraphApiGraphQL(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddHttpContextAccessor();
        GatewayInfo.For(services, configuration);
        services.AddGraphQL(graphql => graphql
            .AddSchema<GraphApiSchema>()
            .AddGraphTypes(typeof(GraphApiSchema).Assembly)
            // Relaxed escaping keeps quotes and non-ASCII readable; the content type is JSON, never HTML.
            .AddSystemTextJson(json =>
            {
                json.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
                json.MaxDepth = GraphQLResponseWriter.SerializerMaxDepth;
            })
            .AddErrorInfoProvider<GraphApiErrorInfoProvider>()
            .AddScopeAnalysis()
            .AddCostAnalysis()
            .AddGraphApiLimits()
            .AddDocumentCache()
            // Pinterest's tracked quota: after the cost analysis, before the budget (a refused operation is not charged)
            .AddQuotaCheck()
            // After every rule that can refuse the operation (the cost analysis computes the estimate it charges)
            .AddUpstreamBudget()
            .AddUnhandledExceptionHandler((context, options) =>
            {
                // The error seam: Pinterest and connection failures get stable codes; only the rest is logged and masked.
                if (PinterestExceptionTranslator.ToExecutionError(context.OriginalException) is { } mapped)
                {
                    context.Exception = mapped;
                    if (mapped.Code == ErrorCodes.StorageUnavailable)
                    {
                        StorageFailureLogger.LogAnswered(options.RequestServices!.GetRequiredService<ILogger<GraphApiSchema>>(), context.OriginalException,
                            context.FieldContext?.Path is { } path ? string.Join('.', path) : "(request)", options.RequestServices!.GetRequiredService<IHttpContextAccessor>().HttpContext);
                    }

                    return Task.CompletedTask;
                }

                return UnhandledExceptionLogger.LogAsync(
                    context,
                    options.RequestServices!.GetRequiredService<ILogger<GraphApiSchema>>(),
                    options.RequestServices!.GetRequiredService<IHttpContextAccessor>().HttpContext);
            }));

        services.AddScoped<RequestCost>();
        services.AddCostBudgets();
        services.AddScopeAuthorization();
        services.AddSingleton<SchemaWarmup>();
        services.AddHostedService(sp => sp.GetRequiredService<SchemaWarmup>());

        services.AddOptions<GraphQLHttpOptions>()
            .BindConfiguration(GraphQLHttpOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<GraphQLRequestBodyReader>();
        services.AddGraphQLUploads();
        services.AddSingleton<GraphQLRequestLimits>();
        services.AddSingleton<GraphQLRequestParser>();
        services.AddSingleton<GraphQLQueryStringParser>();
        services.AddSingleton<GraphQLResponseWriter>();
        services.AddTrustedDocuments();
        services.AddSingleton<GraphQLHttpEndpoint>();
        services.AddGraphApiLimits();
        services.AddDocumentCache();
        services.AddSingleton<GraphQLRequestLog>();
        return services;
    }
}
