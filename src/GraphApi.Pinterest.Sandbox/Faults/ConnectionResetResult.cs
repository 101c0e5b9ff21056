using Microsoft.AspNetCore.Http;

namespace GraphApi.Pinterest.Sandbox.Faults;

/// <summary>
/// Cuts the connection as a crashed or overloaded upstream (or a middlebox) does: <see cref="HttpContext.Abort"/> resets
/// the TCP connection on Kestrel, optionally after a 200 and half a body were flushed, so the client sees a failure
/// while reading a response it had already started to trust.
/// </summary>
internal sealed class ConnectionResetResult(bool midResponse) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (midResponse)
        {
            httpContext.Response.StatusCode = StatusCodes.Status200OK;
            httpContext.Response.ContentType = "application/json";
            // A declared length the body never reaches: the client cannot mistake the cut for the end of the answer.
            httpContext.Response.ContentLength = 4096;
            await httpContext.Response.WriteAsync("{\"items\": [{\"id\": \"1\", \"name\": ", httpContext.RequestAborted);
            await httpContext.Response.Body.FlushAsync(httpContext.RequestAborted);
        }

        httpContext.Abort();
    }
}
