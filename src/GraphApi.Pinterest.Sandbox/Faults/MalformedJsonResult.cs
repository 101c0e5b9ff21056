using Microsoft.AspNetCore.Http;

namespace GraphApi.Pinterest.Sandbox.Faults;

/// <summary>A 200 whose body claims to be JSON but stops half-way, as a truncated upstream response would.</summary>
internal sealed class MalformedJsonResult : IResult
{
    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        httpContext.Response.StatusCode = StatusCodes.Status200OK;
        httpContext.Response.ContentType = "application/json";
        return httpContext.Response.WriteAsync("{\"items\": [{\"id\": \"1\", \"name\": ", httpContext.RequestAborted);
    }
}
