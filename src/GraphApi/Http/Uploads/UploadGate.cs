using Microsoft.Extensions.Options;

namespace GraphApi.Http.Uploads;

/// <summary>
/// Bounds the multipart requests in flight across the process (<c>GraphQL:Http:Uploads:MaxConcurrentRequests</c>).
/// The per-caller limits do not bound their sum, and a file costs more than its size: its temp file takes disk until
/// the request ends, and Pinterest takes images as base64 inside a JSON body, so while its call runs a 10 MiB image
/// is held as a ~27 MB string plus a ~13 MB body. A request that finds no slot is refused before its body is read.
/// </summary>
internal sealed class UploadGate(IOptions<GraphQLUploadOptions> options) : IDisposable
{
    private readonly SemaphoreSlim _slots = new(options.Value.MaxConcurrentRequests);

    /// <summary>A slot for one request, released when the lease is disposed (at the request's end); null when none is free.</summary>
    public IDisposable? TryEnter() => _slots.Wait(0) ? new Lease(_slots) : null;

    public void Dispose() => _slots.Dispose();

    private sealed class Lease(SemaphoreSlim slots) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                slots.Release();
            }
        }
    }
}
