using GraphApi.Pinterest.Http;
using GraphApi.Pinterest.Pagination;
using static GraphApi.Pinterest.Http.PinterestOperations;

namespace GraphApi.Pinterest.Media;

internal sealed class MediaClient(PinterestRequestSender connection) : IMediaClient
{
    private static readonly PinterestJsonContext Json = PinterestJsonContext.Default;

    // POST /media
    public Task<MediaUpload> RegisterUploadAsync(RegisterMediaUploadRequest? request = null, CancellationToken cancellationToken = default) =>
        connection.SendJsonAsync(MediaCreate, MediaCreate.Path(), null, request ?? new RegisterMediaUploadRequest(), Json.RegisterMediaUploadRequest, Json.MediaUpload, cancellationToken);

    // GET /media/{media_id}
    public Task<MediaStatus> GetAsync(string mediaId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(mediaId);
        return connection.GetAsync(MediaGet, MediaGet.Path(mediaId), null, Json.MediaStatus, cancellationToken);
    }

    // GET /media
    public Task<Page<MediaStatus>> ListAsync(PageRequest? page = null, CancellationToken cancellationToken = default) =>
        connection.GetAsync(MediaList, MediaList.Path(), new QueryString().AddPage(page), Json.PageMediaStatus, cancellationToken);
}
