using System.Collections.Concurrent;

namespace GraphApi.Accounts.Links.Durability;

/// <summary>
/// Refreshed token sets the database has not taken yet (it was locked or down): served from memory so the rotated
/// refresh token keeps working, and written by <see cref="PendingTokenWriter"/> in the background. One entry per
/// link (a newer refresh replaces it), so this is bounded by the connections refreshed during an outage. Empty
/// in normal operation, and the read path checks <see cref="IsEmpty"/> before anything else: a volatile count kept
/// under a lock taken only by writes, because ConcurrentDictionary.IsEmpty takes every stripe lock on an empty
/// dictionary, which would put a process-wide lock on every request's link read.
/// </summary>
internal sealed class PendingTokenWrites
{
    private readonly ConcurrentDictionary<AccountLinkKey, PendingWrite> _writes = new();
    private readonly Lock _mutation = new();
    private TaskCompletionSource _wake = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _count;

    public bool IsEmpty => Volatile.Read(ref _count) == 0;

    public int Count => _writes.Count;

    public IReadOnlyCollection<AccountLinkKey> Keys => [.. _writes.Keys];

    public bool TryGet(AccountLinkKey key, out PendingWrite write)
    {
        if (IsEmpty)
        {
            write = null!;
            return false;
        }

        return _writes.TryGetValue(key, out write!);
    }

    public void Set(PendingWrite write)
    {
        lock (_mutation)
        {
            _writes[write.Entry.Key] = write;
            Volatile.Write(ref _count, _writes.Count);
        }

        Wake();
    }

    /// <summary>Removes <paramref name="write"/> only if it is still the link's entry (a newer one stays).</summary>
    public bool Remove(PendingWrite write)
    {
        lock (_mutation)
        {
            var removed = _writes.TryRemove(KeyValuePair.Create(write.Entry.Key, write));
            Volatile.Write(ref _count, _writes.Count);
            return removed;
        }
    }

    /// <summary>Removes whatever entry the link has (its tokens are now superseded in the database).</summary>
    public void Remove(AccountLinkKey key)
    {
        lock (_mutation)
        {
            _writes.TryRemove(key, out _);
            Volatile.Write(ref _count, _writes.Count);
        }
    }

    /// <summary>The stored versions a new refresh of <paramref name="current"/> supersedes: its own, plus the unwritten chain it came from.</summary>
    public IReadOnlyList<Guid> SupersededBy(PinterestAccountLink current)
    {
        if (TryGet(current.Key, out var write) && write.Entry.NewVersion == current.Version)
        {
            return [.. write.Entry.SupersededVersions.Append(current.Version).TakeLast(TokenJournalEntry.MaxSupersededVersions)];
        }

        return [current.Version];
    }

    /// <summary>What a read sees: the unwritten tokens when the database still holds a version they supersede.</summary>
    public PinterestAccountLink? Overlay(AccountLinkKey key, PinterestAccountLink? stored) =>
        stored is not null && TryGet(key, out var write) && write.Entry.Supersedes(stored.Version) ? write.Link : stored;

    public AccountLinkStamp? Overlay(AccountLinkKey key, AccountLinkStamp? stored) =>
        stored is not null && TryGet(key, out var write) && write.Entry.Supersedes(stored.Version)
            ? new AccountLinkStamp(write.Entry.NewVersion, AccountLinkStatus.Connected)
            : stored;

    /// <summary>Wakes the background writer now (an entry was added, or the database changed under one).</summary>
    public void Wake() => Interlocked.Exchange(ref _wake, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();

    /// <summary>Completes at the next <see cref="Wake"/>: take it before looking at the entries, so no wake is missed.</summary>
    public Task WakeSignal => Volatile.Read(ref _wake).Task;
}

/// <summary>One unwritten token set, with its background retry state (written only by the background writer, except <see cref="RetryNow"/>).</summary>
internal sealed class PendingWrite(TokenJournalEntry entry, PinterestAccountLink link, DateTimeOffset nextAttemptAt)
{
    private volatile bool _due;

    public TokenJournalEntry Entry { get; } = entry;

    public PinterestAccountLink Link { get; } = link;

    public int Attempts { get; set; }

    public DateTimeOffset NextAttemptAt { get; set; } = nextAttemptAt;

    /// <summary>Set when the link changed in the database (reconnect, disconnect): try now, whatever the backoff says.</summary>
    public bool Due => _due;

    public void RetryNow() => _due = true;

    public void Attempted() => _due = false;
}
