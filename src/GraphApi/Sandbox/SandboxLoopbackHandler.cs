namespace GraphApi.Sandbox;

/// <summary>
/// Sends the Pinterest client's calls to this gateway's own listening address, where the sandbox is mounted. The
/// configured base URL carries the path; scheme, host and port are filled in per call because the port is only
/// known after start (and is random in tests).
/// </summary>
internal sealed class SandboxLoopbackHandler(SelfAddress self) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var target = self.Current;
        request.RequestUri = new UriBuilder(request.RequestUri!) { Scheme = target.Scheme, Host = target.Host, Port = target.Port }.Uri;
        return base.SendAsync(request, cancellationToken);
    }
}
