using GraphApi.Accounts.Connect;
using GraphApi.Accounts.Links;
using GraphApi.Schema.Mutations.Idempotency;
using GraphApi.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Tests.Storage.Providers;

/// <summary>
/// The stores' racing decisions, made by the database alone, between two gateway instances on one database of each
/// provider: a unique index or a conditional statement picks exactly one winner, and every loser gets an answer, not
/// an error. On PostgreSQL this is also what proves 23505 is read as the racing insert it is.
/// </summary>
public sealed class TwoInstanceStoreTests
{
    private static readonly AccountLinkKey Alice = new("tenant-a", "alice");

    [SkippableTheory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.Postgres)]
    public async Task A_first_connect_from_both_instances_at_once_leaves_one_row_and_a_stale_rotation_loses(StorageProvider provider)
    {
        await using var database = await SharedDatabase.CreateAsync(provider);
        var (a, b) = (database.StartInstance(), database.StartInstance());

        var saved = await Race(
            () => WithLinks(a, store => store.SaveAsync(Alice, Tokens("a-access", "a-refresh"), default)),
            () => WithLinks(b, store => store.SaveAsync(Alice, Tokens("b-access", "b-refresh"), default)));
        (await database.CountAsync("SELECT count(*) FROM pinterest_connections")).ShouldBe(1);

        // Both instances rotate from the version they both read: exactly one rotated token is saved.
        var current = (await WithLinks(a, store => store.FindAsync(Alice, default)))!;
        current.Tokens.AccessToken.ShouldBeOneOf(saved.Select(s => s.Tokens.AccessToken).ToArray());
        var rotations = await Race(
            () => WithLinks(a, store => store.ReplaceTokensAsync(Alice, current.Version, Tokens("rotated-a", "rotated-a"), default)),
            () => WithLinks(b, store => store.ReplaceTokensAsync(Alice, current.Version, Tokens("rotated-b", "rotated-b"), default)));
        var winner = rotations.OfType<PinterestAccountLink>().ShouldHaveSingleItem();
        (await WithLinks(b, store => store.FindAsync(Alice, default)))!.Tokens.RefreshToken.ShouldBe(winner.Tokens.RefreshToken);
    }

    [SkippableTheory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.Postgres)]
    public async Task One_oauth_state_submitted_to_both_instances_at_once_is_consumed_once(StorageProvider provider)
    {
        await using var database = await SharedDatabase.CreateAsync(provider);
        var instances = new[] { database.StartInstance(), database.StartInstance() };
        var expires = DateTimeOffset.UtcNow.AddMinutes(10);

        var consumed = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(async () =>
        {
            await using var scope = instances[i % 2].CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<IConsumedStateStore>().TryConsumeAsync("nonce-1", expires, default);
        })));

        consumed.Count(c => c).ShouldBe(1);
        (await database.CountAsync("SELECT count(*) FROM consumed_oauth_states")).ShouldBe(1);
    }

    [SkippableTheory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.Postgres)]
    public async Task A_pending_completion_stored_by_one_instance_is_taken_once_and_decrypts_on_the_other(StorageProvider provider)
    {
        await using var database = await SharedDatabase.CreateAsync(provider);
        var instances = new[] { database.StartInstance(), database.StartInstance() };
        // An offset other than UTC: PostgreSQL's timestamptz takes only UTC, the context normalises it.
        var now = new DateTimeOffset(DateTime.UtcNow.Ticks / TimeSpan.TicksPerMillisecond * TimeSpan.TicksPerMillisecond, TimeSpan.Zero).ToOffset(TimeSpan.FromHours(2));
        var pending = new PendingCompletion("id-hash-1", Alice, "authorization-code-1", new Uri("https://app.example/callback"), now, now + PendingCompletion.Lifetime);
        await using (var scope = instances[0].CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IPendingCompletionStore>().AddAsync(pending, default);
        }

        var taken = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => Task.Run(async () =>
        {
            await using var scope = instances[1 - (i % 2)].CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<IPendingCompletionStore>().TakeAsync("id-hash-1", default);
        })));

        var winner = taken.OfType<PendingCompletion>().ShouldHaveSingleItem();
        winner.Code.ShouldBe("authorization-code-1");
        winner.Caller.ShouldBe(Alice);
        winner.ExpiresAt.ShouldBe(pending.ExpiresAt);
        (await database.CountAsync("SELECT count(*) FROM pending_connect_completions")).ShouldBe(0);
    }

    [SkippableTheory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.Postgres)]
    public async Task Reservations_of_one_idempotency_key_racing_on_two_instances_make_one_row_and_one_run(StorageProvider provider)
    {
        await using var database = await SharedDatabase.CreateAsync(provider);
        var stores = new[] { database.StartInstance(), database.StartInstance() }.Select(s => s.GetRequiredService<IdempotencyStore>()).ToArray();
        using var start = new ManualResetEventSlim();

        var racing = Enumerable.Range(0, 16).Select(i => Task.Run(async () =>
        {
            start.Wait();
            return await stores[i % 2].BeginAsync(Alice, "createPin", "key-1", "fingerprint", CancellationToken.None);
        })).ToList();
        start.Set();
        var decisions = await Task.WhenAll(racing);

        decisions.Count(d => d is IdempotencyDecision.Run).ShouldBe(1);
        decisions.Where(d => d is not IdempotencyDecision.Run).ShouldAllBe(d => d is IdempotencyDecision.InProgress);
        (await database.CountAsync("SELECT count(*) FROM idempotency_records")).ShouldBe(1);

        var run = (IdempotencyDecision.Run)decisions.Single(d => d is IdempotencyDecision.Run);
        (await stores[0].SucceedAsync(run.RecordId, run.Token, "pin-9")).ShouldBeTrue();
        (await stores[1].BeginAsync(Alice, "createPin", "key-1", "fingerprint", default)).ShouldBe(new IdempotencyDecision.Replay("pin-9"));
    }

    private static async Task<T[]> Race<T>(params Func<Task<T>>[] actions)
    {
        using var start = new ManualResetEventSlim();
        var tasks = actions.Select(action => Task.Run(async () =>
        {
            start.Wait();
            return await action();
        })).ToList();
        start.Set();
        return await Task.WhenAll(tasks);
    }

    private static async Task<T> WithLinks<T>(IServiceProvider instance, Func<IAccountLinkStore, Task<T>> action)
    {
        await using var scope = instance.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<IAccountLinkStore>());
    }

    private static PinterestTokenSet Tokens(string access, string refresh) => new(
        access,
        refresh,
        new HashSet<string> { "pins:read" },
        new DateTimeOffset(2026, 12, 28, 10, 0, 0, TimeSpan.FromHours(-5)),
        null);
}
