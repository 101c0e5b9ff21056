using GraphApi.Pinterest.Sandbox.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Pinterest.Sandbox;

public static class SandboxDatabaseExtensions
{
    /// <summary>
    /// Creates and seeds the sandbox database now (idempotent). <see cref="SandboxServiceCollectionExtensions.AddPinterestSandbox"/>
    /// already does this from a hosted service at start; call this only when you need the data before the host starts.
    /// </summary>
    public static Task EnsureSandboxDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default) =>
        SandboxDatabaseInitializer.EnsureAsync(services.GetRequiredService<IServiceScopeFactory>(), cancellationToken);
}
