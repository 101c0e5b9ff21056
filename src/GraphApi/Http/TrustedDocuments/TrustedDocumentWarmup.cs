namespace GraphApi.Http.TrustedDocuments;

/// <summary>
/// Loads the trusted-document folder while the host starts (before it listens), so a bad manifest stops the start
/// instead of failing the first request, and no request ever sees a half-loaded set.
/// </summary>
internal sealed partial class TrustedDocumentWarmup(IServiceProvider services, ILogger<TrustedDocumentWarmup> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var documents = services.GetRequiredService<TrustedDocumentSet>();
        if (documents.Count > 0)
        {
            LogLoaded(logger, documents.Count);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded {Count} trusted documents.")]
    private static partial void LogLoaded(ILogger logger, int count);
}
