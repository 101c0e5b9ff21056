namespace GraphApi.Accounts.Links.Durability;

/// <summary>
/// At start-up, after the database is created and before the server listens (hosted services start in order, and
/// the web server after them): applies journal entries a previous run left behind. Readiness
/// (<see cref="TokenDurabilityHealthCheck"/>) stays false until this has run. An unreadable entry is moved aside and
/// logged without content; it does not stop the start.
/// </summary>
internal sealed partial class TokenJournalRecovery(TokenJournal journal, TokenRotationWriter writer, ILogger<TokenJournalRecovery> logger) : IHostedService
{
    private volatile bool _completed;

    public bool Completed => _completed;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var path in journal.LeftoverFiles())
        {
            if (journal.TryRead(path) is { } entry)
            {
                await writer.RecoverAsync(entry, cancellationToken);
                continue;
            }

            try
            {
                var target = journal.MoveAside(path);
                LogCorrupt(logger, Path.GetFileName(path), Path.GetFileName(target));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                LogCorruptStuck(logger, Path.GetFileName(path), ex.GetType().Name);
            }
        }

        _completed = true;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Error, Message = "Token journal entry '{File}' cannot be decrypted or read; moved aside as '{Target}' (its connection keeps what the database holds)")]
    private static partial void LogCorrupt(ILogger logger, string file, string target);

    [LoggerMessage(Level = LogLevel.Error, Message = "Token journal entry '{File}' cannot be decrypted or read, and could not be moved aside ({Failure}); it is ignored")]
    private static partial void LogCorruptStuck(ILogger logger, string file, string failure);
}
