using GraphApi.Pinterest.Sandbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace GraphApi.Tests.Infrastructure;

/// <summary>
/// Registered first among the hosted services of a sandbox-mode test host, so it runs before the sandbox's database
/// initializer: it puts <see cref="SeededSandboxTemplate"/>'s copy where that initializer looks.
/// </summary>
internal sealed class SeededSandboxCopy(IOptions<SandboxOptions> options) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) =>
        SeededSandboxTemplate.CopyToAsync(options.Value.DatabasePath, cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// Adds the copy step just before the sandbox's own hosted services when the sandbox is mounted (sandbox mode); a host
    /// talking to another Pinterest gets nothing. The other hosted services keep their order (tests check which runs first).
    /// </summary>
    public static void AddTo(IServiceCollection services)
    {
        var sandboxStart = services.ToList().FindIndex(d =>
            d.ServiceType == typeof(IHostedService) && d.ImplementationType?.Assembly == typeof(SandboxOptions).Assembly);
        if (sandboxStart >= 0)
        {
            services.Insert(sandboxStart, ServiceDescriptor.Singleton<IHostedService, SeededSandboxCopy>());
        }
    }
}
