using System.Security.Claims;
using BenchmarkDotNet.Attributes;
using GraphApi.Accounts.Links;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Bench.Micro;

/// <summary>
/// The caller's connection as the scope analysis reads it once per request that selects a Pinterest field
/// (<see cref="RequestAccountLink"/> in a fresh request scope): part of <see cref="ParseValidateBenchmarks.ParseAndValidate"/>
/// for such documents, measured alone so its share is visible.
/// </summary>
[MemoryDiagnoser]
public class AccountLinkReadBenchmarks : IAsyncDisposable
{
    private MicroHost? _host;
    private ClaimsPrincipal? _caller;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _host = new MicroHost(caches: false); // the uncached work: what a first request (or a cache miss) costs
        _caller = await _host.CreateCallerAsync();
    }

    [Benchmark]
    public async Task<bool> ReadAccountLink()
    {
        await using var request = new RequestScope(_host!.Services, _caller!, Stream.Null);
        var (_, connection) = await request.Context.RequestServices.GetRequiredService<RequestAccountLink>().GetAsync(request.Context.RequestAborted);
        return connection?.Status == AccountLinkStatus.Connected;
    }

    [GlobalCleanup]
    public async Task CleanupAsync() => await DisposeAsync();

    public async ValueTask DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
            _host = null;
        }

        GC.SuppressFinalize(this);
    }
}
