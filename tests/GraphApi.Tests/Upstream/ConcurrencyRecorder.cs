namespace GraphApi.Tests.Upstream;

/// <summary>
/// Counts Pinterest API calls on the wire at once (innermost handler of the client) and remembers the peak. The token
/// endpoint is left out: a refresh is one shared attempt per connection that runs apart from every request (it can
/// outlive the request that started it), so it is not one of a request's calls under its concurrency cap.
/// </summary>
public sealed class ConcurrencyRecorder
{
    private int _current;
    private int _peak;
    private int _total;

    public int Peak => Volatile.Read(ref _peak);

    public int Total => Volatile.Read(ref _total);

    public void Reset()
    {
        Volatile.Write(ref _peak, 0);
        Volatile.Write(ref _total, 0);
    }

    public DelegatingHandler CreateHandler() => new RecordingHandler(this);

    private void Enter()
    {
        Interlocked.Increment(ref _total);
        var now = Interlocked.Increment(ref _current);
        int seen;
        while (now > (seen = Volatile.Read(ref _peak)) && Interlocked.CompareExchange(ref _peak, now, seen) != seen)
        {
        }
    }

    private void Exit() => Interlocked.Decrement(ref _current);

    private sealed class RecordingHandler(ConcurrencyRecorder recorder) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.RequestUri?.AbsolutePath.EndsWith("/oauth/token", StringComparison.Ordinal) == true)
            {
                return await base.SendAsync(request, cancellationToken);
            }

            recorder.Enter();
            try
            {
                return await base.SendAsync(request, cancellationToken);
            }
            finally
            {
                recorder.Exit();
            }
        }
    }
}
