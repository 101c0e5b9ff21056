using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Bench.Micro;

/// <summary>
/// What ASP.NET Core gives each request before the GraphQL endpoint runs: a DI scope (per-request loaders, the
/// connection read, the cost), an <see cref="HttpContext"/> with the authenticated caller, published through
/// <see cref="IHttpContextAccessor"/> (the scope analysis, the token source and the upstream gate read it there).
/// </summary>
internal sealed class RequestScope : IAsyncDisposable
{
    private readonly AsyncServiceScope _scope;
    private readonly IHttpContextAccessor _accessor;

    public RequestScope(IServiceProvider services, ClaimsPrincipal caller, Stream responseBody)
    {
        _scope = services.CreateAsyncScope();
        _accessor = services.GetRequiredService<IHttpContextAccessor>();
        Context = new DefaultHttpContext { RequestServices = _scope.ServiceProvider, User = caller };
        Context.Response.Body = responseBody;
        _accessor.HttpContext = Context;
    }

    public HttpContext Context { get; }

    public async ValueTask DisposeAsync()
    {
        _accessor.HttpContext = null;
        await _scope.DisposeAsync();
    }
}
