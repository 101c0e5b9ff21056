namespace GraphApi.Pinterest.Errors;

/// <summary>Pinterest failed or could not be understood: a 5xx status, a malformed body, a timeout or a broken connection.</summary>
public sealed class PinterestUpstreamException : PinterestApiException
{
    /// <summary>Creates the exception without Pinterest details.</summary>
    public PinterestUpstreamException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public PinterestUpstreamException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the underlying failure.</summary>
    public PinterestUpstreamException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception from a failed Pinterest call.</summary>
    public PinterestUpstreamException(string message, PinterestErrorInfo info, Exception? innerException = null)
        : base(message, info, innerException)
    {
    }
}
