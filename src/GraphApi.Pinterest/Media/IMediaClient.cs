using GraphApi.Pinterest.Pagination;

namespace GraphApi.Pinterest.Media;

/// <summary>Video uploads (tag <c>media</c>).</summary>
public interface IMediaClient
{
    /// <summary>Registers an upload and returns where to send the file (<c>media/create</c>).</summary>
    Task<MediaUpload> RegisterUploadAsync(RegisterMediaUploadRequest? request = null, CancellationToken cancellationToken = default);

    /// <summary>Gets an upload's processing status (<c>media/get</c>).</summary>
    Task<MediaStatus> GetAsync(string mediaId, CancellationToken cancellationToken = default);

    /// <summary>Lists the user's uploads (<c>media/list</c>).</summary>
    Task<Page<MediaStatus>> ListAsync(PageRequest? page = null, CancellationToken cancellationToken = default);
}
