using Microsoft.Extensions.Options;

namespace GraphApi.Schema.Mutations.Idempotency;

/// <summary>Deletes idempotency records past <see cref="IdempotencyOptions.Retention"/> every <see cref="IdempotencyOptions.PurgeInterval"/>.</summary>
internal sealed partial class IdempotencyPurgeService(IdempotencyStore store, IOptions<IdempotencyOptions> options, TimeProvider time, ILogger<IdempotencyPurgeService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PurgeInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                var deleted = await store.PurgeAsync(stoppingToken);
                if (deleted > 0)
                {
                    LogPurged(logger, deleted);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A locked or unavailable database must not stop the loop: the next tick tries again.
                LogPurgeFailed(logger, ex);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Purged {Count} expired idempotency records.")]
    private static partial void LogPurged(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Purging expired idempotency records failed; retrying at the next interval.")]
    private static partial void LogPurgeFailed(ILogger logger, Exception exception);
}
