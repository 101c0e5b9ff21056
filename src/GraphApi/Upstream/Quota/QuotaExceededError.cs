using GraphApi.Execution.Errors;
using GraphApi.Execution.Scopes;
using GraphApi.Http;
using GraphApi.Http.RateLimiting;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace GraphApi.Upstream.Quota;

/// <summary>
/// The operation's estimated Pinterest calls cannot fit in what Pinterest last said is left of the user's quota before
/// it resets: 429 <c>RATE_LIMITED</c> with <c>retryAfter</c> (seconds to the reset), and nothing ran.
/// </summary>
internal sealed class QuotaExceededError : ValidationError, IErrorExtensions, IHttpStatusError
{
    public QuotaExceededError(GraphQLDocument document, ASTNode? node, long needed, long remaining, string categories, TimeSpan retryAfter)
        : base(document.Source, null, Describe(needed, remaining, categories, retryAfter), node is null ? [] : [node])
    {
        Code = ErrorCodes.RateLimited;
        RetryAfter = retryAfter;
        AdditionalExtensions = RateLimitedError.RetryAfterExtensions(retryAfter);
    }

    public IReadOnlyDictionary<string, object?> AdditionalExtensions { get; }

    public int StatusCode => StatusCodes.Status429TooManyRequests;

    public TimeSpan? RetryAfter { get; }

    private static string Describe(long needed, long remaining, string categories, TimeSpan retryAfter) =>
        $"Pinterest quota: this operation needs an estimated {needed} Pinterest calls ({categories}), and Pinterest said only {remaining} are left " +
        $"until its quota resets. Retry after {RateLimitedError.Seconds(retryAfter)} s.";
}
