namespace GraphApi.Execution.Errors;

/// <summary>
/// The stable <c>extensions.code</c> values of the gateway's own limits and request refusals (cost, document limits,
/// timeouts, rate limits, trusted documents, the connect flow). One home, so a code is spelled once.
/// </summary>
public static class RequestLimitCodes
{
    // Cost analysis (before execution, 400)
    public const string CostLimitExceeded = "COST_LIMIT_EXCEEDED";
    public const string WriteLimitExceeded = "WRITE_LIMIT_EXCEEDED";

    // Document limits (before validation, 400)
    public const string DepthLimitExceeded = "DEPTH_LIMIT_EXCEEDED";
    public const string SelectionLimitExceeded = "SELECTION_LIMIT_EXCEEDED";
    public const string AliasLimitExceeded = "ALIAS_LIMIT_EXCEEDED";
    public const string FragmentLimitExceeded = "FRAGMENT_LIMIT_EXCEEDED";
    public const string DirectiveLimitExceeded = "DIRECTIVE_LIMIT_EXCEEDED";
    public const string IntrospectionDepthExceeded = "INTROSPECTION_DEPTH_EXCEEDED";
    public const string NestingTooDeep = "NESTING_TOO_DEEP";

    // During and after execution
    public const string TooManyErrors = "TOO_MANY_ERRORS";
    public const string ResponseTooLarge = "RESPONSE_TOO_LARGE";
    public const string ResponseTooDeep = "RESPONSE_TOO_DEEP";
    public const string Timeout = "TIMEOUT";
    public const string RequestTimeout = "REQUEST_TIMEOUT";

    // Bad input on the wire
    public const string InvalidEncoding = "INVALID_ENCODING";

    // Per-caller rate limits (429 with Retry-After); the same code as Pinterest's own 429
    public const string RateLimited = PinterestErrorCodes.RateLimited;

    // Trusted documents
    public const string PersistedQueryNotFound = "PERSISTED_QUERY_NOT_FOUND";
    public const string PersistedQueryHashMismatch = "PERSISTED_QUERY_HASH_MISMATCH";
    public const string PersistedDocumentsOnly = "PERSISTED_DOCUMENTS_ONLY";
    public const string PersistedQueryNotSupported = "PERSISTED_QUERY_NOT_SUPPORTED";

    // The Pinterest connect flow (docs/security/connect.md)
    public const string InvalidReturnUrl = "INVALID_RETURN_URL";
    public const string ConnectCallerMismatch = "CONNECT_CALLER_MISMATCH";
    public const string ConnectCompletionNotFound = "CONNECT_COMPLETION_NOT_FOUND";
    public const string ConnectCompletionExpired = "CONNECT_COMPLETION_EXPIRED";
    public const string ConnectExchangeFailed = "CONNECT_EXCHANGE_FAILED";
}
