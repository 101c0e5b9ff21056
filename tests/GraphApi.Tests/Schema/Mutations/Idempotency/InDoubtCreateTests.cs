using System.Text.Json;
using GraphApi.Pinterest.Sandbox;
using GraphApi.Schema.Mutations.Idempotency;
using GraphApi.Tests.Infrastructure;
namespace GraphApi.Tests.Schema.Mutations.Idempotency;

/// <summary>
/// Keyed creates whose first attempt may have reached Pinterest: the retry with the same key reconciles and never
/// makes a second object. Each test counts the pins on a board of its own and the <c>pins/create</c> calls.
/// </summary>
[Collection(IdempotencyTests.Name)]
public sealed class InDoubtCreateTests(IdempotencyFixture fixture)
{
    internal const string CreatePin = """
        mutation($input: CreatePinInput!) {
          createPin(input: $input) {
            pin { id pinterestId title }
            replayed
            errors { __typename ... on UserError { code message } ... on IdempotencyKeyError { retryAfter } }
          }
        }
        """;

    internal static object PinInput(string boardId, string key, string title = "In doubt") =>
        new { boardId, title, description = "d", link = "https://example.com/x", altText = "alt", idempotencyKey = key, mediaSource = new { imageUrl = new { url = "https://images.example/x.jpg" } } };

    public static TheoryData<string> AfterEffects => new() { nameof(AfterEffect.ServerError), nameof(AfterEffect.Stall), nameof(AfterEffect.Reset), "MalformedJson" };

    [Theory]
    [MemberData(nameof(AfterEffects))]
    public async Task A_retry_after_a_create_that_reached_Pinterest_answers_that_pin_and_makes_no_second(string effect)
    {
        var board = await fixture.NewBoardAsync();
        var input = PinInput(board, Guid.NewGuid().ToString());
        fixture.Counters.Reset();
        Arm(effect);
        JsonElement first;
        try
        {
            first = await fixture.QueryAsync(SandboxDemoUsers.Pinner, CreatePin, new { input });
        }
        finally
        {
            Disarm();
        }

        first.At("data.createPin.errors")[0].GetProperty("code").GetString().ShouldBe("UPSTREAM_UNAVAILABLE");
        first.At("data.createPin.pin").ValueKind.ShouldBe(JsonValueKind.Null);
        (await fixture.PinsOnBoardAsync(board)).ShouldBe(1, "the sandbox applied the first create");

        var retry = await fixture.QueryAsync(SandboxDemoUsers.Pinner, CreatePin, new { input });

        retry.At("data.createPin.errors").GetArrayLength().ShouldBe(0);
        retry.At("data.createPin.replayed").GetBoolean().ShouldBeTrue();
        fixture.Counters.CountOf("pins/create").ShouldBe(1);
        (await fixture.PinsOnBoardAsync(board)).ShouldBe(1);
        var record = await fixture.RecordAsync(input.GetType().GetProperty("idempotencyKey")!.GetValue(input)!.ToString()!);
        record.State.ShouldBe(IdempotencyState.Succeeded);
        GlobalIds.Decode(retry.At("data.createPin.pin.id").GetString()!).ShouldBe("Pin:" + record.ResultId);

        var third = await fixture.QueryAsync(SandboxDemoUsers.Pinner, CreatePin, new { input });
        third.At("data.createPin.pin.id").GetString().ShouldBe(retry.At("data.createPin.pin.id").GetString());
        third.At("data.createPin.replayed").GetBoolean().ShouldBeTrue();
        fixture.Counters.CountOf("pins/create").ShouldBe(1);
    }

    [Fact]
    public async Task A_stall_before_Pinterest_creates_anything_is_reconciled_and_then_created_once()
    {
        var board = await fixture.NewBoardAsync();
        var key = Guid.NewGuid().ToString();
        fixture.Counters.Reset();
        fixture.Faults.Apply(new SandboxFaultSettings { StallRate = 1, OperationIds = ["pins/create"] });
        try
        {
            var first = await fixture.QueryAsync(SandboxDemoUsers.Pinner, CreatePin, new { input = PinInput(board, key) });
            first.At("data.createPin.errors")[0].GetProperty("code").GetString().ShouldBe("UPSTREAM_UNAVAILABLE");
        }
        finally
        {
            fixture.Faults.Clear();
        }

        (await fixture.RecordAsync(key)).State.ShouldBe(IdempotencyState.InDoubt);
        var retry = await fixture.QueryAsync(SandboxDemoUsers.Pinner, CreatePin, new { input = PinInput(board, key) });

        retry.At("data.createPin.replayed").GetBoolean().ShouldBeFalse("nothing was found, so this request created it");
        fixture.Counters.CountOf("boards/list_pins").ShouldBe(1, "one reconciliation read before the create");
        fixture.Counters.CountOf("pins/create").ShouldBe(2, "the stalled call and the retry's create");
        (await fixture.PinsOnBoardAsync(board)).ShouldBe(1);
    }

    [Fact]
    public async Task Twenty_concurrent_retries_after_an_in_doubt_create_make_one_pin_and_reconcile_once()
    {
        var board = await fixture.NewBoardAsync();
        var key = Guid.NewGuid().ToString();
        fixture.Counters.Reset();
        fixture.AfterEffects.Arm(AfterEffect.ServerError, "/pins");
        await fixture.QueryAsync(SandboxDemoUsers.Pinner, CreatePin, new { input = PinInput(board, key) });
        fixture.AfterEffects.Disarm();

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => fixture.QueryAsync(SandboxDemoUsers.Pinner, CreatePin, new { input = PinInput(board, key) })));

        results.Select(r => r.At("data.createPin.pin.id").GetString()).Distinct().Count().ShouldBe(1);
        results.ShouldAllBe(r => r.At("data.createPin.replayed").GetBoolean());
        fixture.Counters.CountOf("pins/create").ShouldBe(1);
        fixture.Counters.CountOf("boards/list_pins").ShouldBe(1);
        (await fixture.PinsOnBoardAsync(board)).ShouldBe(1);
    }

    [Fact]
    public async Task Twenty_concurrent_first_attempts_with_one_key_make_one_pin()
    {
        var board = await fixture.NewBoardAsync();
        var key = Guid.NewGuid().ToString();
        fixture.Counters.Reset();

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => fixture.QueryAsync(SandboxDemoUsers.Pinner, CreatePin, new { input = PinInput(board, key) })));

        results.Select(r => r.At("data.createPin.pin.id").GetString()).Distinct().Count().ShouldBe(1);
        results.Count(r => !r.At("data.createPin.replayed").GetBoolean()).ShouldBe(1);
        fixture.Counters.CountOf("pins/create").ShouldBe(1);
        (await fixture.PinsOnBoardAsync(board)).ShouldBe(1);
    }

    [Fact]
    public async Task A_create_Pinterest_refused_may_run_again_even_with_a_corrected_input()
    {
        var board = await fixture.NewBoardAsync();
        var key = Guid.NewGuid().ToString();
        fixture.Counters.Reset();

        var refused = await fixture.QueryAsync(SandboxDemoUsers.Pinner, CreatePin, new { input = PinInput("91999999999999999", key) });
        refused.At("data.createPin.errors")[0].GetProperty("code").GetString().ShouldBe("NOT_FOUND");
        (await fixture.RecordAsync(key)).State.ShouldBe(IdempotencyState.Failed);

        var corrected = await fixture.QueryAsync(SandboxDemoUsers.Pinner, CreatePin, new { input = PinInput(board, key) });

        corrected.At("data.createPin.errors").GetArrayLength().ShouldBe(0);
        corrected.At("data.createPin.replayed").GetBoolean().ShouldBeFalse();
        fixture.Counters.CountOf("boards/list_pins").ShouldBe(0, "a definite failure needs no reconciliation");
        fixture.Counters.CountOf("pins/create").ShouldBe(2);
        (await fixture.PinsOnBoardAsync(board)).ShouldBe(1);
    }

    [Fact]
    public async Task The_same_key_with_another_input_is_refused_with_a_stable_code()
    {
        var board = await fixture.NewBoardAsync();
        var key = Guid.NewGuid().ToString();
        await fixture.QueryAsync(SandboxDemoUsers.Pinner, CreatePin, new { input = PinInput(board, key, "First") });
        fixture.Counters.Reset();

        var reused = await fixture.QueryAsync(SandboxDemoUsers.Pinner, CreatePin, new { input = PinInput(board, key, "Second") });
        var sameBoardAsGlobalId = await fixture.QueryAsync(SandboxDemoUsers.Pinner, CreatePin, new { input = PinInput(GlobalIds.Of("Board", board), key, "First") });

        var error = reused.At("data.createPin.errors")[0];
        error.GetProperty("__typename").GetString().ShouldBe("IdempotencyKeyError");
        error.GetProperty("code").GetString().ShouldBe("IDEMPOTENCY_KEY_REUSED");
        sameBoardAsGlobalId.At("data.createPin.replayed").GetBoolean().ShouldBeTrue("a global ID names the same board");
        fixture.Counters.CountOf("pins/create").ShouldBe(0);
        (await fixture.PinsOnBoardAsync(board)).ShouldBe(1);
    }

    [Fact]
    public async Task Another_users_identical_key_and_input_is_independent()
    {
        var key = Guid.NewGuid().ToString();
        var pinnerBoard = await fixture.NewBoardAsync(SandboxDemoUsers.Pinner);
        var curatorBoard = await fixture.NewBoardAsync(SandboxDemoUsers.Curator);
        fixture.AfterEffects.Arm(AfterEffect.ServerError, "/pins");
        await fixture.QueryAsync(SandboxDemoUsers.Pinner, CreatePin, new { input = PinInput(pinnerBoard, key) });
        fixture.AfterEffects.Disarm();

        var curator = await fixture.QueryAsync(SandboxDemoUsers.Curator, CreatePin, new { input = PinInput(curatorBoard, key) });
        var pinner = await fixture.QueryAsync(SandboxDemoUsers.Pinner, CreatePin, new { input = PinInput(pinnerBoard, key) });

        curator.At("data.createPin.replayed").GetBoolean().ShouldBeFalse();
        pinner.At("data.createPin.replayed").GetBoolean().ShouldBeTrue();
        curator.At("data.createPin.pin.id").GetString().ShouldNotBe(pinner.At("data.createPin.pin.id").GetString());
        (await fixture.PinsOnBoardAsync(curatorBoard, SandboxDemoUsers.Curator)).ShouldBe(1);
        (await fixture.PinsOnBoardAsync(pinnerBoard)).ShouldBe(1);
    }

    private void Arm(string effect)
    {
        if (effect == "MalformedJson")
        {
            fixture.Faults.Apply(new SandboxFaultSettings { MalformedJsonRate = 1, OperationIds = ["pins/create"] });
        }
        else
        {
            fixture.AfterEffects.Arm(Enum.Parse<AfterEffect>(effect), "/pins");
        }
    }

    private void Disarm()
    {
        fixture.Faults.Clear();
        fixture.AfterEffects.Disarm();
    }
}
