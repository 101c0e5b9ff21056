namespace GraphApi.Upstream;

/// <summary>
/// Holds one of the current request's permits (<see cref="RequestUpstreamGate"/>) for each Pinterest call while it
/// is on the wire, body included. Handlers live outside the request's DI scope, so the gate is taken from the
/// HttpContext; a call outside any request (start-up, tests) is not gated.
/// It is the innermost handler, below the resilience pipeline and the refresh-on-401 handler: each attempt, retry
/// and token refresh takes its own permit and gives it back before the next, so no code path waits for a permit
/// while holding one (with the gate outermost, a 401 retry's token refresh — on the same client — would wait for a
/// permit its own call holds, and with every permit held that way the request would deadlock).
/// </summary>
internal sealed class UpstreamConcurrencyHandler(IHttpContextAccessor httpContextAccessor) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (httpContextAccessor.HttpContext?.RequestServices.GetService<RequestUpstreamGate>() is not { } gate)
        {
            return await base.SendAsync(request, cancellationToken);
        }

        await gate.WaitAsync(cancellationToken);
        try
        {
            gate.CountCall();
            var response = await base.SendAsync(request, cancellationToken);
            try
            {
                // The body is read while the permit is held: the socket is busy until it is (the client buffers it anyway).
                await response.Content.LoadIntoBufferAsync(cancellationToken);
            }
            catch
            {
                response.Dispose();
                throw;
            }

            return response;
        }
        finally
        {
            gate.Release();
        }
    }
}
