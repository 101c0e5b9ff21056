using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using Microsoft.Extensions.Options;

namespace GraphApi.Execution.Limits;

/// <summary>
/// Wraps every execution: sets GraphQL.NET's own execution timeout (its linked token reaches resolvers, loaders and
/// upstream calls) and turns the timeout into a TIMEOUT error that carries its status; trims any error list (validation,
/// variables or execution) to <see cref="GraphQLLimitsOptions.MaxErrors"/> plus one TOO_MANY_ERRORS.
/// </summary>
internal sealed class LimitsExecution(IOptions<GraphQLLimitsOptions> options) : IConfigureExecution
{
    public float SortOrder => 50;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions executionOptions, ExecutionDelegate next)
    {
        var limits = options.Value;
        executionOptions.Timeout = limits.ExecutionTimeout;
        executionOptions.TimeoutAction = TimeoutAction.ThrowTimeoutException;

        ExecutionResult result;
        try
        {
            result = await next(executionOptions);
        }
        catch (TimeoutException) when (!executionOptions.CancellationToken.IsCancellationRequested)
        {
            return new ExecutionResult { Errors = [new ExecutionTimeoutError(limits.ExecutionTimeout)] };
        }

        if (result.Errors is { } errors && errors.Count > limits.MaxErrors)
        {
            var trimmed = new ExecutionErrors();
            for (var i = 0; i < limits.MaxErrors; i++)
            {
                trimmed.Add(errors[i]);
            }

            trimmed.Add(new TooManyErrorsError(limits.MaxErrors));
            result.Errors = trimmed;
        }

        return result;
    }
}
