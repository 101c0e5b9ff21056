using System.Net;

namespace GraphApi.Pinterest.Errors;

/// <summary>
/// A Pinterest API call failed. Carries the HTTP status, Pinterest's error code and the
/// <c>x-pinterest-rid</c> request id; never a token. Subclasses name the cases callers act on.
/// </summary>
public class PinterestApiException : Exception
{
    /// <summary>Creates the exception without Pinterest details.</summary>
    public PinterestApiException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public PinterestApiException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the underlying failure.</summary>
    public PinterestApiException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception from a failed Pinterest call.</summary>
    public PinterestApiException(string message, PinterestErrorInfo info, Exception? innerException = null)
        : base(message, innerException)
    {
        ArgumentNullException.ThrowIfNull(info);
        Info = info;
    }

    /// <summary>Everything known about the failed call.</summary>
    public PinterestErrorInfo? Info { get; }

    /// <summary>HTTP status, or null when no response arrived.</summary>
    public HttpStatusCode? StatusCode => Info?.StatusCode;

    /// <summary>Pinterest's error <c>code</c>; on some endpoints it merely repeats the HTTP status.</summary>
    public int? PinterestCode => Info?.PinterestCode;

    /// <summary>The <c>x-pinterest-rid</c> request id.</summary>
    public string? RequestId => Info?.RequestId;
}
