namespace GraphApi.Execution.Errors;

/// <summary>
/// Every stable <c>extensions.code</c> the gateway itself emits, in one place so a code is spelled once. Clients
/// match on these values, so they never change; the table under "Error codes" in docs/architecture.md lists exactly
/// these (ErrorCodesDocTests holds the two together). GraphQL.NET's own parse and validation codes are not here.
/// </summary>
public static class ErrorCodes
{
    // The HTTP layer (before any GraphQL work)
    public const string InvalidJson = "INVALID_JSON";
    public const string InvalidRequest = "INVALID_REQUEST";
    public const string InvalidEncoding = "INVALID_ENCODING";
    public const string RequestTooLarge = "REQUEST_TOO_LARGE";
    public const string DocumentTooLarge = "DOCUMENT_TOO_LARGE";
    public const string VariablesTooLarge = "VARIABLES_TOO_LARGE";
    public const string BatchTooLarge = "BATCH_TOO_LARGE";
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";
    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";
    public const string NotAcceptable = "NOT_ACCEPTABLE";
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string RequestTimeout = "REQUEST_TIMEOUT";

    // Multipart file uploads (GraphQL multipart request spec)
    public const string FileTooLarge = "FILE_TOO_LARGE";
    public const string TooManyFiles = "TOO_MANY_FILES";
    public const string PreflightRequired = "PREFLIGHT_REQUIRED";
    public const string UploadsBusy = "UPLOADS_BUSY";

    // Trusted documents and APQ
    public const string PersistedQueryNotFound = "PERSISTED_QUERY_NOT_FOUND";
    public const string PersistedQueryHashMismatch = "PERSISTED_QUERY_HASH_MISMATCH";
    public const string PersistedDocumentsOnly = "PERSISTED_DOCUMENTS_ONLY";
    public const string PersistedQueryNotSupported = "PERSISTED_QUERY_NOT_SUPPORTED";

    // Document limits (before validation, 400)
    public const string DepthLimitExceeded = "DEPTH_LIMIT_EXCEEDED";
    public const string SelectionLimitExceeded = "SELECTION_LIMIT_EXCEEDED";
    public const string AliasLimitExceeded = "ALIAS_LIMIT_EXCEEDED";
    public const string FragmentLimitExceeded = "FRAGMENT_LIMIT_EXCEEDED";
    public const string DirectiveLimitExceeded = "DIRECTIVE_LIMIT_EXCEEDED";
    public const string IntrospectionDepthExceeded = "INTROSPECTION_DEPTH_EXCEEDED";
    public const string NestingTooDeep = "NESTING_TOO_DEEP";

    // Cost analysis (before execution, 400)
    public const string CostLimitExceeded = "COST_LIMIT_EXCEEDED";
    public const string WriteLimitExceeded = "WRITE_LIMIT_EXCEEDED";

    // Scope analysis and the caller's Pinterest link (before execution, or per field)
    public const string InsufficientScope = "INSUFFICIENT_SCOPE";
    public const string NotConnected = "PINTEREST_NOT_CONNECTED";
    public const string ReconnectRequired = "PINTEREST_RECONNECT_REQUIRED";

    /// <summary>The caller's tenant has no usable Pinterest app: its integration is disabled, or no client ID and secret are set.</summary>
    public const string NotConfigured = "PINTEREST_NOT_CONFIGURED";

    /// <summary>An admin field or mutation asked by a caller without the admin role (<c>Admin:RoleClaim</c> / <c>Admin:Role</c>).</summary>
    public const string Forbidden = "FORBIDDEN";

    // Arguments and mutation input
    public const string InvalidArgument = "INVALID_ARGUMENT";

    /// <summary>A mutation input that breaks a rule (payload error <c>ValidationError</c>, with <c>field</c>).</summary>
    public const string ValidationFailed = "VALIDATION_FAILED";

    // During and after execution
    public const string TooManyErrors = "TOO_MANY_ERRORS";
    public const string ResponseTooLarge = "RESPONSE_TOO_LARGE";
    public const string ResponseTooDeep = "RESPONSE_TOO_DEEP";
    public const string Timeout = "TIMEOUT";

    /// <summary>Anything unexpected: "Unexpected error." with a <c>traceId</c>, never the exception's own text.</summary>
    public const string InternalError = "INTERNAL_ERROR";

    // Pinterest's answers, and the gateway's own limits on calling it (the per-caller rate and budget, the quota)
    public const string NotFound = "NOT_FOUND";
    public const string RateLimited = "RATE_LIMITED";
    public const string NotPermitted = "PINTEREST_NOT_PERMITTED";
    public const string Conflict = "CONFLICT";
    public const string UpstreamUnavailable = "UPSTREAM_UNAVAILABLE";
    public const string Rejected = "PINTEREST_REJECTED";

    /// <summary>The gateway's own database could not take the write (locked by another process, disk full): retry after <c>retryAfter</c>.</summary>
    public const string StorageUnavailable = "STORAGE_UNAVAILABLE";

    /// <summary>An idempotency key first used with a different input (payload error <c>IdempotencyKeyError</c>).</summary>
    public const string IdempotencyKeyReused = "IDEMPOTENCY_KEY_REUSED";

    /// <summary>Another request holds the idempotency key; <c>retryAfter</c> says when its reservation ends at the latest.</summary>
    public const string IdempotencyKeyInProgress = "IDEMPOTENCY_KEY_IN_PROGRESS";

    // The Pinterest connect flow (docs/security/connect.md)
    public const string InvalidReturnUrl = "INVALID_RETURN_URL";
    public const string ConnectCallerMismatch = "CONNECT_CALLER_MISMATCH";
    public const string ConnectCompletionNotFound = "CONNECT_COMPLETION_NOT_FOUND";
    public const string ConnectCompletionExpired = "CONNECT_COMPLETION_EXPIRED";
    public const string ConnectExchangeFailed = "CONNECT_EXCHANGE_FAILED";
}
