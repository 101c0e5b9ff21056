using GraphApi.Pinterest.Sandbox;
using GraphApi.Schema.Mutations.Idempotency;
using GraphApi.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Tests.Schema.Mutations.Idempotency;

/// <summary>
/// What a crash at each await of the write path leaves behind, written into the record directly, and what the next
/// retry with the key does with it. (The out-of-process kill -9 test reaches the same windows: see docs/durability/idempotency.md.)
/// </summary>
[Collection(IdempotencyTests.Name)]
public sealed class AbandonedReservationTests(IdempotencyFixture fixture)
{
    [Fact]
    public async Task A_live_reservation_answers_in_progress_with_retry_after_and_once_expired_is_taken_over()
    {
        var board = await fixture.NewBoardAsync();
        var key = Guid.NewGuid().ToString();
        var input = InDoubtCreateTests.PinInput(board, key);
        await fixture.QueryAsync(SandboxDemoUsers.Pinner, InDoubtCreateTests.CreatePin, new { input });
        var created = await fixture.RecordAsync(key);
        // Crash after Pinterest created the pin, before the outcome was written: the row is still Reserved.
        await fixture.SetRecordAsync(key, IdempotencyState.Reserved, null, DateTimeOffset.UtcNow.AddSeconds(60));
        fixture.Counters.Reset();

        var busy = await fixture.QueryAsync(SandboxDemoUsers.Pinner, InDoubtCreateTests.CreatePin, new { input });

        var error = busy.At("data.createPin.errors")[0];
        error.GetProperty("code").GetString().ShouldBe("IDEMPOTENCY_KEY_IN_PROGRESS");
        error.GetProperty("retryAfter").GetInt32().ShouldBeInRange(1, 60);

        await fixture.SetRecordAsync(key, IdempotencyState.Reserved, null, DateTimeOffset.UtcNow.AddSeconds(-1));
        var retry = await fixture.QueryAsync(SandboxDemoUsers.Pinner, InDoubtCreateTests.CreatePin, new { input });

        retry.At("data.createPin.replayed").GetBoolean().ShouldBeTrue();
        GlobalIds.Decode(retry.At("data.createPin.pin.id").GetString()!).ShouldBe("Pin:" + created.ResultId);
        fixture.Counters.CountOf("pins/create").ShouldBe(0);
        fixture.Counters.CountOf("boards/list_pins").ShouldBe(1);
        (await fixture.PinsOnBoardAsync(board)).ShouldBe(1);
        (await fixture.RecordAsync(key)).State.ShouldBe(IdempotencyState.Succeeded);
    }

    [Fact]
    public async Task A_reservation_abandoned_before_Pinterest_was_called_creates_once_and_never_adopts_another_keys_pin()
    {
        var board = await fixture.NewBoardAsync();
        var first = Guid.NewGuid().ToString();
        await fixture.QueryAsync(SandboxDemoUsers.Pinner, InDoubtCreateTests.CreatePin, new { input = InDoubtCreateTests.PinInput(board, first) });
        var original = await fixture.RecordAsync(first);

        // Crash right after reserving a second key for an identical input: its pin was never sent.
        var second = Guid.NewGuid().ToString();
        await fixture.WithDbAsync(async db =>
        {
            db.IdempotencyRecords.Add(new IdempotencyRecord
            {
                TenantId = original.TenantId,
                UserId = original.UserId,
                Operation = original.Operation,
                Key = second,
                State = IdempotencyState.Reserved,
                Fingerprint = original.Fingerprint,
                ReservedUntil = DateTimeOffset.UtcNow.AddMinutes(-1),
                Token = "crashed",
                CreatedAt = DateTimeOffset.UtcNow.AddMinutes(-3),
            });
            return await db.SaveChangesAsync();
        });
        fixture.Counters.Reset();

        var retry = await fixture.QueryAsync(SandboxDemoUsers.Pinner, InDoubtCreateTests.CreatePin, new { input = InDoubtCreateTests.PinInput(board, second) });

        retry.At("data.createPin.replayed").GetBoolean().ShouldBeFalse("the identical pin belongs to the first key");
        GlobalIds.Decode(retry.At("data.createPin.pin.id").GetString()!).ShouldNotBe("Pin:" + original.ResultId);
        fixture.Counters.CountOf("pins/create").ShouldBe(1);
        (await fixture.PinsOnBoardAsync(board)).ShouldBe(2);
    }

    [Fact]
    public async Task After_the_outcome_is_written_a_retry_replays_without_calling_list_or_create()
    {
        var board = await fixture.NewBoardAsync();
        var key = Guid.NewGuid().ToString();
        var input = InDoubtCreateTests.PinInput(board, key);
        await fixture.QueryAsync(SandboxDemoUsers.Pinner, InDoubtCreateTests.CreatePin, new { input });
        fixture.Counters.Reset();

        var retry = await fixture.QueryAsync(SandboxDemoUsers.Pinner, InDoubtCreateTests.CreatePin, new { input });

        retry.At("data.createPin.replayed").GetBoolean().ShouldBeTrue();
        fixture.Counters.CountOf("pins/create").ShouldBe(0);
        fixture.Counters.CountOf("boards/list_pins").ShouldBe(0);
        fixture.Counters.CountOf("pins/get").ShouldBe(1);
    }

    [Fact]
    public async Task Reconciliation_that_cannot_reach_Pinterest_creates_nothing_and_stays_in_doubt()
    {
        var board = await fixture.NewBoardAsync();
        var key = Guid.NewGuid().ToString();
        var input = InDoubtCreateTests.PinInput(board, key);
        fixture.AfterEffects.Arm(AfterEffect.ServerError, "/pins");
        await fixture.QueryAsync(SandboxDemoUsers.Pinner, InDoubtCreateTests.CreatePin, new { input });
        fixture.AfterEffects.Disarm();
        fixture.Counters.Reset();
        fixture.Faults.Apply(new SandboxFaultSettings { ErrorRate = 1, OperationIds = ["boards/list_pins"] });
        try
        {
            var retry = await fixture.QueryAsync(SandboxDemoUsers.Pinner, InDoubtCreateTests.CreatePin, new { input });
            retry.At("data.createPin.errors")[0].GetProperty("code").GetString().ShouldBe("UPSTREAM_UNAVAILABLE");
        }
        finally
        {
            fixture.Faults.Clear();
        }

        fixture.Counters.CountOf("pins/create").ShouldBe(0);
        (await fixture.RecordAsync(key)).State.ShouldBe(IdempotencyState.InDoubt);
        var later = await fixture.QueryAsync(SandboxDemoUsers.Pinner, InDoubtCreateTests.CreatePin, new { input });
        later.At("data.createPin.replayed").GetBoolean().ShouldBeTrue();
        (await fixture.PinsOnBoardAsync(board)).ShouldBe(1);
    }

    [Fact]
    public async Task Records_past_retention_are_purged_but_live_reservations_stay()
    {
        var now = DateTimeOffset.UtcNow;
        var keys = Enumerable.Range(0, 4).Select(_ => Guid.NewGuid().ToString()).ToArray();
        await fixture.WithDbAsync(async db =>
        {
            IdempotencyRecord Row(string key, IdempotencyState state, DateTimeOffset created, DateTimeOffset? until) => new()
            {
                TenantId = "",
                UserId = "purge-test",
                Operation = "createPin",
                Key = key,
                State = state,
                CreatedAt = created,
                ReservedUntil = until,
                Token = "t",
            };
            db.IdempotencyRecords.AddRange(
                Row(keys[0], IdempotencyState.Succeeded, now.AddHours(-25), null),
                Row(keys[1], IdempotencyState.Reserved, now.AddHours(-25), now.AddHours(-24)),
                Row(keys[2], IdempotencyState.Reserved, now.AddHours(-25), now.AddMinutes(1)),
                Row(keys[3], IdempotencyState.InDoubt, now.AddHours(-1), null));
            return await db.SaveChangesAsync();
        });

        var purged = await fixture.Factory.Services.GetRequiredService<IdempotencyStore>().PurgeAsync(default);

        purged.ShouldBeGreaterThanOrEqualTo(2);
        var left = await fixture.WithDbAsync(db => db.IdempotencyRecords.Where(r => r.UserId == "purge-test").Select(r => r.Key).ToListAsync());
        left.ShouldBe([keys[2], keys[3]], ignoreOrder: true);
    }
}
