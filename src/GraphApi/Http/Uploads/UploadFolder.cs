using GraphApi.Storage;

namespace GraphApi.Http.Uploads;

/// <summary>
/// Where uploaded files wait for their request: <c>uploads/</c> in the data folder. Each file is opened delete-on-close
/// and disposed when its request ends, so the folder is empty between requests; files a killed process left behind are
/// deleted at the next start.
/// </summary>
internal sealed class UploadFolder(DataDirectory data, ILogger<UploadFolder> logger) : IHostedService
{
    private const string Extension = ".upload";

    public string Path { get; } = data.Combine("uploads");

    /// <summary>A new empty temp file, deleted when the stream is disposed.</summary>
    public FileStream Create()
    {
        Directory.CreateDirectory(Path);
        return new FileStream(System.IO.Path.Combine(Path, Guid.NewGuid().ToString("N") + Extension), new FileStreamOptions
        {
            Mode = FileMode.CreateNew,
            Access = FileAccess.ReadWrite,
            Share = FileShare.None,
            Options = FileOptions.DeleteOnClose | FileOptions.Asynchronous,
            BufferSize = 0,
        });
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!Directory.Exists(Path))
        {
            return Task.CompletedTask;
        }

        foreach (var leftover in Directory.EnumerateFiles(Path, "*" + Extension))
        {
            try
            {
                File.Delete(leftover);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Another process sharing the data folder may hold it open (Windows); it deletes its own files.
                logger.LogDebug(ex, "Upload leftover {File} not deleted", leftover);
            }
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
