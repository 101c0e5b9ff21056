using GraphApi.Schema.Mutations.Idempotency;
using Microsoft.Extensions.Options;

namespace GraphApi.Tests.Schema.Mutations.Idempotency;

/// <summary>The in-process key locks: serialize one key, removed when unused, capped.</summary>
public sealed class IdempotencyKeyLocksTests
{
    [Fact]
    public async Task Ten_thousand_distinct_keys_leave_no_entry_behind()
    {
        var locks = new IdempotencyKeyLocks(Options.Create(new IdempotencyOptions()));
        var peak = 0;

        await Parallel.ForEachAsync(Enumerable.Range(0, 10_000), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, ct) =>
        {
            using var lease = await locks.AcquireAsync($"caller\ncreatePin\nkey-{i}", ct);
            lease.ShouldNotBeNull();
            InterlockedMax(ref peak, locks.Count);
        });

        locks.Count.ShouldBe(0);
        peak.ShouldBeInRange(1, 8);
    }

    [Fact]
    public async Task One_key_is_held_by_one_request_at_a_time_and_a_cancelled_waiter_leaves_nothing()
    {
        var locks = new IdempotencyKeyLocks(Options.Create(new IdempotencyOptions()));
        var first = await locks.AcquireAsync("k", default);
        var second = locks.AcquireAsync("k", default);
        using var cancel = new CancellationTokenSource();
        var third = locks.AcquireAsync("k", cancel.Token);

        second.IsCompleted.ShouldBeFalse();
        await cancel.CancelAsync();
        await Should.ThrowAsync<OperationCanceledException>(third);
        first!.Dispose();
        (await second)!.Dispose();

        locks.Count.ShouldBe(0);
    }

    [Fact]
    public async Task At_the_cap_a_new_key_gets_no_lock_and_the_table_does_not_grow()
    {
        var locks = new IdempotencyKeyLocks(Options.Create(new IdempotencyOptions { MaxLockedKeys = 100 }));
        var held = new List<IDisposable>();
        for (var i = 0; i < 100; i++)
        {
            held.Add((await locks.AcquireAsync($"key-{i}", default))!);
        }

        (await locks.AcquireAsync("one-more", default)).ShouldBeNull();
        locks.Count.ShouldBe(100);
        held.ForEach(l => l.Dispose());
        locks.Count.ShouldBe(0);
        (await locks.AcquireAsync("one-more", default)).ShouldNotBeNull();
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
