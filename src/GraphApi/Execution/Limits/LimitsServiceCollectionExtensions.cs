using GraphApi.Execution.Errors;
using GraphApi.Http;
using GraphQL;
using GraphQL.DI;
using GraphQLParser.AST;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.Extensions.Options;

namespace GraphApi.Execution.Limits;

internal static class LimitsServiceCollectionExtensions
{
    /// <summary>The request timeout policy the GraphQL endpoint uses (<see cref="GraphQLLimitsOptions.RequestTimeout"/>).</summary>
    public const string RequestTimeoutPolicy = "GraphQL";

    /// <summary><c>GraphQL:Limits</c> (validated on start), the document gate, the analyses' work counts and the whole-request timeout policy.</summary>
    public static IServiceCollection AddGraphApiLimits(this IServiceCollection services)
    {
        services.AddOptions<GraphQLLimitsOptions>()
            .BindConfiguration(GraphQLLimitsOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<GraphQLDocumentGate>();
        services.AddSingleton<AnalysisWork>();

        // ASP.NET Core's request timeouts: the policy's token replaces RequestAborted, which the endpoint passes to the
        // body reader and the executer, so resolvers and upstream calls stop too.
        services.AddRequestTimeouts();
        services.AddOptions<RequestTimeoutOptions>()
            .Configure<IOptions<GraphQLLimitsOptions>, GraphQLResponseWriter>((timeouts, limits, writer) =>
                timeouts.AddPolicy(RequestTimeoutPolicy, new RequestTimeoutPolicy
                {
                    Timeout = limits.Value.RequestTimeout,
                    TimeoutStatusCode = StatusCodes.Status504GatewayTimeout,
                    WriteTimeoutResponse = context => writer.WriteAsync(context, StatusCodes.Status504GatewayTimeout, GraphQLMediaTypes.Json,
                        new ExecutionResult
                        {
                            Errors =
                            [
                                new ExecutionError($"The request did not finish within {limits.Value.RequestTimeout.TotalSeconds:0.###} seconds and was stopped; a mutation may have made some of its changes.")
                                { Code = ErrorCodes.RequestTimeout },
                            ],
                        }),
                }));
        return services;
    }

    /// <summary>The engine side: execution timeout, error cap, and the strategies that stop resolving past the cap.</summary>
    public static IGraphQLBuilder AddGraphApiLimits(this IGraphQLBuilder graphql) => graphql
        .ConfigureExecution(sp => new LimitsExecution(sp.GetRequiredService<IOptions<GraphQLLimitsOptions>>()))
        .AddExecutionStrategy(sp => new ErrorCappedParallelExecutionStrategy(sp.GetRequiredService<IOptions<GraphQLLimitsOptions>>()), OperationType.Query)
        .AddExecutionStrategy(sp => new ErrorCappedSerialExecutionStrategy(sp.GetRequiredService<IOptions<GraphQLLimitsOptions>>()), OperationType.Mutation);
}
