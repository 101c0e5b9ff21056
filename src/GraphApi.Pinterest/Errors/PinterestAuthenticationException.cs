namespace GraphApi.Pinterest.Errors;

/// <summary>The access token (or, on the token endpoint, the client credentials) was rejected: HTTP 401, usually Pinterest code 2. The user must re-authorize.</summary>
public sealed class PinterestAuthenticationException : PinterestApiException
{
    /// <summary>Creates the exception without Pinterest details.</summary>
    public PinterestAuthenticationException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public PinterestAuthenticationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the underlying failure.</summary>
    public PinterestAuthenticationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception from a failed Pinterest call.</summary>
    public PinterestAuthenticationException(string message, PinterestErrorInfo info, Exception? innerException = null)
        : base(message, info, innerException)
    {
    }
}
