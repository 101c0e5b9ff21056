using System.Text.Json;
using GraphApi.Pinterest.Sandbox;
using GraphApi.Tests.Infrastructure;
namespace GraphApi.Tests.Crash;

/// <summary>
/// kill -9 while a keyed <c>createPin</c> is in flight (docs/durability/idempotency.md): the record is left
/// <c>Reserved</c> and nothing else knows what happened. After the restart, a retry with the same key and input
/// must never make a second pin and never answer "in progress" for longer than the reservation: it answers
/// <c>IDEMPOTENCY_KEY_IN_PROGRESS</c> (with <c>retryAfter</c>) while the dead request's reservation lasts, then takes
/// it over, reconciles on Pinterest and answers the one pin. Pins are counted at the sandbox with a grant of the
/// test's own, not through the gateway.
/// </summary>
public sealed class KillDuringKeyedCreateTests
{
    private const string CreatePin = """
        mutation($input: CreatePinInput!) {
          createPin(input: $input) {
            pin { pinterestId }
            replayed
            errors { __typename ... on UserError { code message } ... on IdempotencyKeyError { retryAfter } }
          }
        }
        """;

    private static readonly TimeSpan ReservationTimeout = TimeSpan.FromSeconds(10);

    [Fact]
    public Task Killed_while_the_create_is_stalled_before_Pinterest_applied_it_the_retry_creates_exactly_one_pin() =>
        CrashRun.WithHarnessAsync(Configure, async harness =>
        {
            const string User = "crash-create-stalled";
            var (account, board, input) = await PrepareAsync(harness, User);
            using var _ = account;
            await harness.SetFaultsAsync(new SandboxFaultSettings { StallRate = 1, StallMs = 0, OperationIds = ["pins/create"] });

            await KillDuringCreateAsync(harness, User, input, whenInFlight: () => Task.CompletedTask);
            await harness.ClearFaultsAsync();
            // The stalled call died with the gateway's socket: the sandbox never ran the create.
            (await account.PinsOnBoardAsync(board)).ShouldBeEmpty();
            await harness.StartGatewayAsync();

            var (settled, inProgress) = await RetryUntilSettledAsync(harness, User, input);

            settled.At("data.createPin.replayed").GetBoolean().ShouldBeFalse("nothing had been created: the retry made the pin");
            var pins = await account.PinsOnBoardAsync(board);
            pins.ShouldHaveSingleItem().ShouldBe(settled.At("data.createPin.pin.pinterestId").GetString());
            (await harness.CountersAsync()).GetValueOrDefault("pins/create").ShouldBe(2, "the stalled attempt and the retry's one create");
            inProgress.ShouldBeLessThanOrEqualTo(4);
            await AnswersTheSamePinAgainAsync(harness, User, input, pins[0], creates: 2);
        });

    [Fact]
    public Task Killed_after_Pinterest_created_the_pin_but_before_the_outcome_was_written_the_retry_answers_that_pin() =>
        CrashRun.WithHarnessAsync(Configure, async harness =>
        {
            const string User = "crash-create-applied";
            var (account, board, input) = await PrepareAsync(harness, User);
            using var _ = account;
            // Slow enough to take the lock between the reservation (before the call) and the outcome (after it).
            await harness.SetFaultsAsync(new SandboxFaultSettings { LatencyMs = 1500, OperationIds = ["pins/create"] });

            SqliteWriteLock? held = null;
            try
            {
                await KillDuringCreateAsync(harness, User, input, whenInFlight: async () =>
                {
                    held = await SqliteWriteLock.OnGatewayDatabaseAsync(harness.GatewayDataDirectory);
                    // The sandbox created the pin; the gateway now waits on the lock to record the outcome.
                    await WaitUntilAsync(async () => (await account.PinsOnBoardAsync(board)).Count == 1, "the sandbox to create the pin");
                });
            }
            finally
            {
                if (held is not null)
                {
                    await held.DisposeAsync();
                }
            }

            await harness.ClearFaultsAsync();
            await harness.StartGatewayAsync();

            var (settled, inProgress) = await RetryUntilSettledAsync(harness, User, input);

            var pins = await account.PinsOnBoardAsync(board);
            pins.ShouldHaveSingleItem();
            settled.At("data.createPin.replayed").GetBoolean().ShouldBeTrue("the killed request had created it");
            settled.At("data.createPin.pin.pinterestId").GetString().ShouldBe(pins[0]);
            (await harness.CountersAsync()).GetValueOrDefault("pins/create").ShouldBe(1, "the retry reconciled instead of creating");
            inProgress.ShouldBeLessThanOrEqualTo(4);
            await AnswersTheSamePinAgainAsync(harness, User, input, pins[0], creates: 1);
        });

    /// <summary>Short clocks: a reservation of 10 s (start refuses one not above Pinterest:RefreshTimeout + Timeout + ReconcileTimeout, and an attempt timeout above Timeout).</summary>
    private static void Configure(CrashHarness harness)
    {
        harness.GatewaySettings["Pinterest:RefreshTimeout"] = "00:00:02";
        harness.GatewaySettings["Pinterest:Timeout"] = "00:00:05";
        harness.GatewaySettings["Pinterest:AttemptTimeout"] = "00:00:04";
        harness.GatewaySettings["Idempotency:ReconcileTimeout"] = "00:00:02";
        harness.GatewaySettings["Idempotency:ReservationTimeout"] = ReservationTimeout.ToString("c", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<(SandboxAccount Account, string Board, object Input)> PrepareAsync(CrashHarness harness, string user)
    {
        await harness.ConnectAsync(user, SandboxDemoUsers.Pinner);
        var account = await SandboxAccount.ConnectAsync(harness, SandboxDemoUsers.Pinner);
        var board = await account.CreateBoardAsync();
        await harness.ResetCountersAsync();
        var input = new
        {
            boardId = board,
            title = "Crash " + Guid.NewGuid().ToString("N")[..8],
            description = "d",
            link = "https://example.com/crash",
            altText = "alt",
            idempotencyKey = Guid.NewGuid().ToString(),
            mediaSource = new { imageUrl = new { url = "https://images.example/crash.jpg" } },
        };
        return (account, board, input);
    }

    /// <summary>Sends the create, waits until the sandbox counted it, runs <paramref name="whenInFlight"/>, kills the gateway.</summary>
    private static async Task KillDuringCreateAsync(CrashHarness harness, string user, object input, Func<Task> whenInFlight)
    {
        using var client = harness.CreateClientFor(user);
        var create = client.SendAsync(GraphQLHttp.PostQuery(CreatePin, new { input }));
        await harness.WaitForCallsAsync("pins/create");
        await whenInFlight();
        create.IsCompleted.ShouldBeFalse("the create must still be in flight when the gateway dies");
        harness.KillGateway();
        await Should.ThrowAsync<HttpRequestException>(create);
    }

    /// <summary>
    /// Retries with the same key and input until the answer is not <c>IDEMPOTENCY_KEY_IN_PROGRESS</c>, waiting its
    /// <c>retryAfter</c> each time; fails if "in progress" outlasts the reservation by more than a few seconds or
    /// any other error comes back. Returns the settled answer and how many "in progress" answers came first.
    /// </summary>
    private static async Task<(JsonElement Settled, int InProgress)> RetryUntilSettledAsync(CrashHarness harness, string user, object input)
    {
        var deadline = DateTime.UtcNow + ReservationTimeout + TimeSpan.FromSeconds(20);
        var inProgress = 0;
        while (true)
        {
            var answer = await harness.QueryAsync(user, CreatePin, new { input });
            var errors = answer.At("data.createPin.errors");
            if (errors.GetArrayLength() == 0)
            {
                answer.At("data.createPin.pin.pinterestId").GetString().ShouldNotBeNullOrEmpty();
                return (answer, inProgress);
            }

            var error = errors[0];
            error.GetProperty("code").GetString().ShouldBe("IDEMPOTENCY_KEY_IN_PROGRESS", answer.ToString());
            var retryAfter = error.GetProperty("retryAfter").GetInt32();
            retryAfter.ShouldBeInRange(1, (int)ReservationTimeout.TotalSeconds, "no longer than the dead request's reservation");
            inProgress++;
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Still IDEMPOTENCY_KEY_IN_PROGRESS after {inProgress} retries: {answer}");
            }

            await Task.Delay(TimeSpan.FromSeconds(retryAfter));
        }
    }

    private static async Task AnswersTheSamePinAgainAsync(CrashHarness harness, string user, object input, string pin, long creates)
    {
        var again = await harness.QueryAsync(user, CreatePin, new { input });
        again.At("data.createPin.replayed").GetBoolean().ShouldBeTrue();
        again.At("data.createPin.pin.pinterestId").GetString().ShouldBe(pin);
        (await harness.CountersAsync()).GetValueOrDefault("pins/create").ShouldBe(creates);
        harness.Gateway.Output.ShouldNotContain("Unhandled exception");
        harness.Gateway.Output.ShouldNotContain("INTERNAL_ERROR");
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Waited 30 s for {what}.");
            }

            await Task.Delay(50);
        }
    }
}
