namespace GraphApi.Pinterest.Errors;

/// <summary>The resource does not exist or is not visible to the user (HTTP 404).</summary>
public sealed class PinterestNotFoundException : PinterestApiException
{
    /// <summary>Creates the exception without Pinterest details.</summary>
    public PinterestNotFoundException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public PinterestNotFoundException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the underlying failure.</summary>
    public PinterestNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception from a failed Pinterest call.</summary>
    public PinterestNotFoundException(string message, PinterestErrorInfo info, Exception? innerException = null)
        : base(message, info, innerException)
    {
    }
}
