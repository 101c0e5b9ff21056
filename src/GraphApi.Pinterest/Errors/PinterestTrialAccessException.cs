namespace GraphApi.Pinterest.Errors;

/// <summary>Pinterest refused the operation for this app (code 29), e.g. a Trial-access app writing to production; use the API sandbox or Standard access.</summary>
public sealed class PinterestTrialAccessException : PinterestApiException
{
    /// <summary>Creates the exception without Pinterest details.</summary>
    public PinterestTrialAccessException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public PinterestTrialAccessException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the underlying failure.</summary>
    public PinterestTrialAccessException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception from a failed Pinterest call.</summary>
    public PinterestTrialAccessException(string message, PinterestErrorInfo info, Exception? innerException = null)
        : base(message, info, innerException)
    {
    }
}
