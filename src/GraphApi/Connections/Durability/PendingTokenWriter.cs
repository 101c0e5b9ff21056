namespace GraphApi.Connections.Durability;

/// <summary>
/// Writes token sets held in memory (<see cref="PendingTokenWrites"/>) to the database in the background until each
/// lands, with a per-connection backoff capped by <c>Pinterest:TokenWriteBackgroundMaxDelay</c>. Idle (waiting on a
/// signal, no polling) while nothing is pending. Each write goes through <see cref="ConnectionRefresher"/>, so it
/// never overlaps a refresh of the same connection.
/// </summary>
internal sealed class PendingTokenWriter(PendingTokenWrites pending, ConnectionRefresher refresher, TimeProvider time) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var wake = pending.WakeSignal;
            var next = Timeout.InfiniteTimeSpan;
            foreach (var key in pending.Keys)
            {
                if (!pending.TryGet(key, out var write))
                {
                    continue;
                }

                var now = time.GetUtcNow();
                if (write.NextAttemptAt <= now)
                {
                    // False when a refresh of the connection is running: it supersedes or writes this entry itself.
                    await refresher.TryPersistPendingAsync(key, stoppingToken);
                    if (!pending.TryGet(key, out write))
                    {
                        continue;
                    }
                }

                var wait = write.NextAttemptAt - time.GetUtcNow();
                wait = wait < TimeSpan.FromMilliseconds(50) ? TimeSpan.FromMilliseconds(50) : wait;
                next = next == Timeout.InfiniteTimeSpan || wait < next ? wait : next;
            }

            try
            {
                await wake.WaitAsync(next, time, stoppingToken);
            }
            catch (TimeoutException)
            {
                // An attempt is due.
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                // Stopping: what is still pending stays in the journal and is recovered at the next start.
                return;
            }
        }
    }
}
