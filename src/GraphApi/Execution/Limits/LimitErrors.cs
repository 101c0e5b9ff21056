using GraphApi.Execution.Errors;
using GraphApi.Http;
using GraphQL;

namespace GraphApi.Execution.Limits;

/// <summary>The operation ran longer than <see cref="GraphQLLimitsOptions.ExecutionTimeout"/>: 504, no data.</summary>
public sealed class ExecutionTimeoutError : ExecutionError, IHttpStatusError
{
    public ExecutionTimeoutError(TimeSpan timeout)
        : base($"The operation did not finish within {timeout.TotalSeconds:0.###} seconds and was stopped; a mutation may have made some of its changes.") =>
        Code = ErrorCodes.Timeout;

    public int StatusCode => StatusCodes.Status504GatewayTimeout;
}

/// <summary>The last entry of an error list trimmed to <see cref="GraphQLLimitsOptions.MaxErrors"/>.</summary>
public sealed class TooManyErrorsError : ExecutionError
{
    public TooManyErrorsError(int max)
        : base($"More than {max} errors occurred: only the first {max} are listed, and fields not yet resolved were left null.") =>
        Code = ErrorCodes.TooManyErrors;
}
