using Microsoft.Extensions.Options;

namespace GraphApi.Upstream;

/// <summary>The current HTTP request's permits for concurrent Pinterest calls (scoped: one per request).</summary>
internal sealed class RequestUpstreamGate(IOptions<UpstreamConcurrencyOptions> options) : IDisposable
{
    private readonly SemaphoreSlim _permits = new(options.Value.MaxConcurrentCallsPerRequest, options.Value.MaxConcurrentCallsPerRequest);

    public Task WaitAsync(CancellationToken cancellationToken) => _permits.WaitAsync(cancellationToken);

    public void Release() => _permits.Release();

    public void Dispose() => _permits.Dispose();
}
