namespace GraphApi.Pinterest.Errors;

/// <summary>The change conflicts with the resource's current state, e.g. concurrent board-section edits (HTTP 409).</summary>
public sealed class PinterestConflictException : PinterestApiException
{
    /// <summary>Creates the exception without Pinterest details.</summary>
    public PinterestConflictException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public PinterestConflictException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the underlying failure.</summary>
    public PinterestConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception from a failed Pinterest call.</summary>
    public PinterestConflictException(string message, PinterestErrorInfo info, Exception? innerException = null)
        : base(message, info, innerException)
    {
    }
}
