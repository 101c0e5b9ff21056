using GraphApi.Schema.Uploads;

namespace GraphApi.Http.Uploads;

/// <summary>Where the map put a file: the request (0 for a single request) and the path under its <c>variables</c>.</summary>
internal sealed record UploadPlacement(int RequestIndex, string Path, IReadOnlyList<string> VariablePath, UploadedFile File);

/// <summary>
/// The files of one multipart request and where they were placed. Disposed (files deleted) by the endpoint once the
/// operations ran, before the response is written, and again, harmlessly, when the request ends.
/// </summary>
internal sealed class RequestUploads : IAsyncDisposable
{
    private readonly List<UploadedFile> _files = [];
    private readonly List<UploadPlacement> _placements = [];

    public IReadOnlyList<UploadedFile> Files => _files;

    public IReadOnlyList<UploadPlacement> Placements => _placements;

    public void Add(UploadedFile file) => _files.Add(file);

    public void Place(UploadPlacement placement) => _placements.Add(placement);

    public IEnumerable<UploadPlacement> For(int requestIndex) => _placements.Where(p => p.RequestIndex == requestIndex);

    public async ValueTask DisposeAsync()
    {
        foreach (var file in _files)
        {
            await file.DisposeAsync();
        }
    }
}
