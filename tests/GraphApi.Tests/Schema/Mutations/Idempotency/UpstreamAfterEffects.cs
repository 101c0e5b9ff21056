using System.Net;
using System.Text;

namespace GraphApi.Tests.Schema.Mutations.Idempotency;

/// <summary>What happens to a write's answer after Pinterest (the sandbox) has applied it.</summary>
public enum AfterEffect
{
    None,

    /// <summary>The write happened; the gateway sees a 503.</summary>
    ServerError,

    /// <summary>The write happened; the answer never comes (the client's timeout ends the call).</summary>
    Stall,

    /// <summary>The write happened; the connection breaks before the answer is read.</summary>
    Reset,
}

/// <summary>
/// The switch for <see cref="UpstreamAfterEffectsHandler"/>: the next <c>count</c> POSTs whose path ends with
/// <c>pathSuffix</c> reach the sandbox (which creates the object) and then fail as <see cref="AfterEffect"/> says.
/// </summary>
public sealed class UpstreamAfterEffects
{
    private int _remaining;

    public AfterEffect Effect { get; private set; }

    public string PathSuffix { get; private set; } = "";

    public void Arm(AfterEffect effect, string pathSuffix, int count = 1)
    {
        Effect = effect;
        PathSuffix = pathSuffix;
        Volatile.Write(ref _remaining, count);
    }

    public void Disarm() => Volatile.Write(ref _remaining, 0);

    internal bool Take(HttpRequestMessage request) =>
        request.Method == HttpMethod.Post
        && request.RequestUri!.AbsolutePath.EndsWith(PathSuffix, StringComparison.Ordinal)
        && Interlocked.Decrement(ref _remaining) >= 0;
}

/// <summary>
/// Sits inside the gateway's Pinterest client (inside its resilience timeouts) and applies <see cref="UpstreamAfterEffects"/>:
/// "Pinterest created it, then the answer failed", which the sandbox's own switches (applied before the handler) cannot do.
/// </summary>
public sealed class UpstreamAfterEffectsHandler(UpstreamAfterEffects effects) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode || !effects.Take(request))
        {
            return response;
        }

        response.Dispose();
        switch (effects.Effect)
        {
            case AfterEffect.ServerError:
                return new HttpResponseMessage(HttpStatusCode.ServiceUnavailable)
                {
                    Content = new StringContent("""{"code": 503, "message": "after-effect: the write was applied, the answer failed"}""", Encoding.UTF8, "application/json"),
                };
            case AfterEffect.Stall:
                await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
                throw new InvalidOperationException("unreachable");
            case AfterEffect.Reset:
                throw new HttpRequestException("after-effect: the connection was reset mid-response", new IOException("reset"));
            default:
                return response;
        }
    }
}
