using Microsoft.Extensions.Options;

namespace GraphApi.Upstream;

/// <summary>
/// The current HTTP request's permits for concurrent Pinterest calls (scoped: one per request). Every call, retry and
/// token refresh takes one, so it also counts the calls the request made (the request log line reports them).
/// </summary>
internal sealed class RequestUpstreamGate(IOptions<PinterestOptions> options) : IDisposable
{
    private readonly SemaphoreSlim _permits = new(options.Value.MaxConcurrentCallsPerRequest, options.Value.MaxConcurrentCallsPerRequest);

    private int _callsStarted;

    /// <summary>Pinterest calls (attempts) this request has started so far.</summary>
    public int CallsStarted => Volatile.Read(ref _callsStarted);

    public Task WaitAsync(CancellationToken cancellationToken) => _permits.WaitAsync(cancellationToken);

    /// <summary>Called with a permit held, just before the call goes on the wire (a call cancelled while waiting is not counted).</summary>
    public void CountCall() => Interlocked.Increment(ref _callsStarted);

    public void Release() => _permits.Release();

    public void Dispose() => _permits.Dispose();
}
