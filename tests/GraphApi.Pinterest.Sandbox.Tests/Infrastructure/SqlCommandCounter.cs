using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace GraphApi.Pinterest.Sandbox.Tests.Infrastructure;

/// <summary>
/// Counts the SQL commands and committed transactions of a host's sandbox database (add it as an EF interceptor), so a
/// test can bound the work of an operation without timing it.
/// </summary>
public sealed class SqlCommandCounter : DbCommandInterceptor
{
    private int _commands;

    public int Commands => Volatile.Read(ref _commands);

    /// <summary>Transactions committed, explicit ones and those SaveChanges opens for itself.</summary>
    public CommitCounter Commits { get; } = new();

    public void Reset()
    {
        Interlocked.Exchange(ref _commands, 0);
        Commits.Reset();
    }

    public override DbCommand CommandInitialized(CommandEndEventData eventData, DbCommand result)
    {
        Interlocked.Increment(ref _commands);
        return result;
    }

    public sealed class CommitCounter : DbTransactionInterceptor
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public void Reset() => Interlocked.Exchange(ref _count, 0);

        public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Interlocked.Increment(ref _count);

        public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _count);
            return Task.CompletedTask;
        }
    }
}
