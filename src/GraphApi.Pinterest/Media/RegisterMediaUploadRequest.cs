namespace GraphApi.Pinterest.Media;

/// <summary>Body of <c>POST /media</c> (<c>MediaUploadCreate</c>).</summary>
public sealed record RegisterMediaUploadRequest
{
    /// <summary>The only kind Pinterest accepts: <c>video</c>.</summary>
    public string MediaType { get; init; } = "video";
}
