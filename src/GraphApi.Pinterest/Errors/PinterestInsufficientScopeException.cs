namespace GraphApi.Pinterest.Errors;

/// <summary>The token lacks an OAuth scope the operation needs (Pinterest code 3).</summary>
public sealed class PinterestInsufficientScopeException : PinterestApiException
{
    /// <summary>Creates the exception without Pinterest details.</summary>
    public PinterestInsufficientScopeException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public PinterestInsufficientScopeException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the underlying failure.</summary>
    public PinterestInsufficientScopeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception from a failed Pinterest call.</summary>
    public PinterestInsufficientScopeException(string message, PinterestErrorInfo info, Exception? innerException = null)
        : base(message, info, innerException)
    {
    }
}
