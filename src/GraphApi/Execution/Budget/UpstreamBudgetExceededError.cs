using GraphApi.Execution.Errors;
using GraphApi.Execution.Scopes;
using GraphApi.Http;
using GraphApi.Http.RateLimiting;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace GraphApi.Execution.Budget;

/// <summary>The operation's estimated upstream calls do not fit in the caller's remaining budget: 429, nothing ran.</summary>
internal sealed class UpstreamBudgetExceededError : ValidationError, IErrorExtensions, IHttpStatusError
{
    public UpstreamBudgetExceededError(GraphQLDocument document, ASTNode? node, int estimatedCalls, TimeSpan? retryAfter)
        : base(document.Source, null, Describe(estimatedCalls, retryAfter), node is null ? [] : [node])
    {
        Code = ErrorCodes.RateLimited;
        RetryAfter = retryAfter;
        AdditionalExtensions = RateLimitedError.RetryAfterExtensions(retryAfter);
    }

    public IReadOnlyDictionary<string, object?> AdditionalExtensions { get; }

    public int StatusCode => StatusCodes.Status429TooManyRequests;

    public TimeSpan? RetryAfter { get; }

    private static string Describe(int estimatedCalls, TimeSpan? retryAfter) =>
        $"Rate limit: this operation needs an estimated {estimatedCalls} Pinterest calls, more than your remaining budget." +
        (retryAfter is { } wait ? $" Retry after {RateLimitedError.Seconds(wait)} s." : "");
}
