namespace GraphApi.Execution.Errors;

/// <summary>
/// What went wrong upstream, said once: the GraphQL error (queries) and the typed payload error (mutations) are
/// both built from this. Messages are written here, never copied from tokens or raw responses.
/// </summary>
public sealed record PinterestFailure(string Code, string Message, string? PinterestRequestId, int? RetryAfterSeconds)
{
    public IReadOnlyDictionary<string, object?> Extensions
    {
        get
        {
            var extensions = new Dictionary<string, object?>();
            if (PinterestRequestId is not null)
            {
                extensions["pinterestRequestId"] = PinterestRequestId;
            }

            if (RetryAfterSeconds is not null)
            {
                extensions["retryAfter"] = RetryAfterSeconds;
            }

            return extensions;
        }
    }
}
