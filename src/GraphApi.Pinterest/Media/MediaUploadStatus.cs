namespace GraphApi.Pinterest.Media;

/// <summary>Processing states of an upload.</summary>
public static class MediaUploadStatus
{
    /// <summary>Registered, file not yet received.</summary>
    public const string Registered = "registered";

    /// <summary>Being processed.</summary>
    public const string Processing = "processing";

    /// <summary>Ready for a Pin.</summary>
    public const string Succeeded = "succeeded";

    /// <summary>Failed (e.g. an image was uploaded instead of a video).</summary>
    public const string Failed = "failed";
}
