namespace GraphApi.Pinterest.Media;

/// <summary>A registered upload (<c>MediaUpload</c>): send the file to <see cref="UploadUrl"/> with <see cref="UploadParameters"/>.</summary>
public sealed record MediaUpload
{
    /// <summary>Media id, later used in a <c>video_id</c> media source.</summary>
    public string MediaId { get; init; } = string.Empty;

    /// <summary>Always <c>video</c> today.</summary>
    public string? MediaType { get; init; }

    /// <summary>Where to POST the file (multipart form).</summary>
    public string? UploadUrl { get; init; }

    /// <summary>Form fields to send with the file, keyed exactly as Pinterest names them (<c>x-amz-date</c>, …).</summary>
    public IReadOnlyDictionary<string, string>? UploadParameters { get; init; }
}
