using Microsoft.AspNetCore.Http;

namespace GraphApi.Pinterest.Sandbox.Http;

/// <summary>Control endpoints pretend not to exist (404) unless the caller is on this machine.</summary>
internal sealed class LoopbackOnlyFilter : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var remote = context.HttpContext.Connection.RemoteIpAddress;
        return remote is not null && System.Net.IPAddress.IsLoopback(remote)
            ? next(context)
            : ValueTask.FromResult<object?>(Results.NotFound());
    }
}
