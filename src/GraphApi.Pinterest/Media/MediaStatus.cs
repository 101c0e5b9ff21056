namespace GraphApi.Pinterest.Media;

/// <summary>An uploaded media and its processing status (<c>Media</c> schema).</summary>
public sealed record MediaStatus
{
    /// <summary>Media id.</summary>
    public string MediaId { get; init; } = string.Empty;

    /// <summary>Always <c>video</c> today.</summary>
    public string? MediaType { get; init; }

    /// <summary>A <see cref="MediaUploadStatus"/> value; create the Pin once it is <c>succeeded</c>.</summary>
    public string? Status { get; init; }
}
