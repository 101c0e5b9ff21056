namespace GraphApi.Connections.Storage;

/// <summary>
/// Creates the database on start. EnsureCreated rather than migrations while the schema is young: there is no
/// deployed data to migrate yet; switch to migrations before the first production release.
/// </summary>
internal sealed class DatabaseInitializer(IServiceScopeFactory scopes) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<GraphApiDbContext>().Database.EnsureCreatedAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
