namespace GraphApi.Accounts.Links.Durability;

/// <summary>
/// Writes token sets held in memory (<see cref="PendingTokenWrites"/>) to the database in the background until each
/// lands, with a per-link backoff capped by <c>Pinterest:TokenWriteBackgroundMaxDelay</c>. Idle (waiting on a
/// signal, no polling) while nothing is pending. Each write goes through <see cref="AccountLinkRefresher"/>, so it
/// never overlaps a refresh of the same link.
/// </summary>
internal sealed class PendingTokenWriter(PendingTokenWrites pending, AccountLinkRefresher refresher, TimeProvider time) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var wake = pending.WakeSignal;
            var next = Timeout.InfiniteTimeSpan;
            DateTimeOffset? outage = null;
            foreach (var key in pending.Keys)
            {
                if (!pending.TryGet(key, out var write))
                {
                    continue;
                }

                if (outage is { } retryAt && !write.Due)
                {
                    // One failed write this round says the database still refuses: the others wait for the same
                    // retry instead of each spending a busy timeout on it.
                    write.NextAttemptAt = write.NextAttemptAt > retryAt ? write.NextAttemptAt : retryAt;
                }
                else if (write.Due || write.NextAttemptAt <= time.GetUtcNow())
                {
                    // Null when a refresh of the link is running: it supersedes or writes this entry itself.
                    if (await refresher.TryPersistPendingAsync(key, stoppingToken) == false)
                    {
                        outage = write.NextAttemptAt;
                    }

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
