using GraphApi.Pinterest.Sandbox.Data;
using GraphApi.Pinterest.Sandbox.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace GraphApi.Pinterest.Sandbox.Api.Shared;

/// <summary>What every API handler needs: the store, the authenticated caller, the clock and the public URL root.</summary>
internal sealed class ApiContext(SandboxDbContext db, CallerContext callerContext, IOptions<SandboxOptions> options, TimeProvider time)
{
    public SandboxDbContext Db => db;

    public SandboxCaller Caller => callerContext.Current;

    public DateTime Now => time.GetUtcNow().UtcDateTime;

    public DateOnly Today => DateOnly.FromDateTime(Now);

    public string Root(HttpRequest request) => SandboxUrls.Root(request, options.Value);
}
