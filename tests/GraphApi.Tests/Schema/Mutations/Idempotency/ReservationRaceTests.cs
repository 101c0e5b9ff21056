using GraphApi.Accounts.Links;
using GraphApi.Schema.Mutations.Idempotency;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Tests.Schema.Mutations.Idempotency;

/// <summary>
/// Reservations racing in the database alone, as two gateway instances do (no in-process key lock on this path): the
/// unique index lets one insert win, and every loser reads the winner's record instead of failing or creating.
/// </summary>
[Collection(IdempotencyTests.Name)]
public sealed class ReservationRaceTests(IdempotencyFixture fixture)
{
    [Fact]
    public async Task Twenty_racing_reservations_of_one_key_make_one_run_and_no_error()
    {
        var store = fixture.Factory.Services.GetRequiredService<IdempotencyStore>();
        var caller = new AccountLinkKey("", "race-" + Guid.NewGuid().ToString("N"));
        var key = Guid.NewGuid().ToString();
        using var start = new ManualResetEventSlim();

        var decisions = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(async () =>
        {
            start.Wait();
            return await store.BeginAsync(caller, "createPin", key, "fingerprint", CancellationToken.None);
        })).Append(Task.Run(() =>
        {
            start.Set();
            return (IdempotencyDecision)new IdempotencyDecision.Reused();
        })));

        var reservations = decisions[..^1];
        reservations.Count(d => d is IdempotencyDecision.Run).ShouldBe(1);
        reservations.Where(d => d is not IdempotencyDecision.Run).ShouldAllBe(d => d is IdempotencyDecision.InProgress);
    }
}
