using GraphApi.Pinterest.Sandbox;
using GraphApi.Tests.Infrastructure;
namespace GraphApi.Tests.Faults;

/// <summary>
/// Writes without an idempotency key under faults: never a fake success, never a retry of the POST (so never a
/// duplicate), and the pin exists exactly when the upstream applied it. Keyed writes are the idempotency work's tests.
/// </summary>
[Collection(FaultSuiteTests.Name)]
public sealed class MutationFaultTests(FaultSuiteFixture fixture)
{
    private const string HomeOffice = "91000000000000003";

    private const string CreatePin = """
        mutation($input: CreatePinInput!) {
          createPin(input: $input) {
            pin { id }
            errors { __typename ... on UserError { code message } }
          }
        }
        """;

    public static TheoryData<string, SandboxFaultSettings, int> Faults => new()
    {
        // Refused before the handler: nothing written.
        { "5xx", new SandboxFaultSettings { ErrorRate = 1, OperationIds = ["pins/create"] }, 0 },
        { "reset before the answer", new SandboxFaultSettings { ResetRate = 1, OperationIds = ["pins/create"] }, 0 },
        { "stall past the attempt timeout", new SandboxFaultSettings { StallRate = 1, StallMs = 0, OperationIds = ["pins/create"] }, 0 },
        // Applied, then the answer is lost: the pin exists once, and the caller is told the outcome is unknown.
        { "applied then 5xx", new SandboxFaultSettings { ApplyThenFailRate = 1, ApplyThenFailMode = SandboxApplyThenFailMode.Error, OperationIds = ["pins/create"] }, 1 },
        { "applied then cut", new SandboxFaultSettings { ApplyThenFailRate = 1, ApplyThenFailMode = SandboxApplyThenFailMode.Reset, OperationIds = ["pins/create"] }, 1 },
        { "applied then malformed", new SandboxFaultSettings { ApplyThenFailRate = 1, ApplyThenFailMode = SandboxApplyThenFailMode.Malformed, OperationIds = ["pins/create"] }, 1 },
    };

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task A_create_under_a_fault_is_UPSTREAM_UNAVAILABLE_sent_once_and_never_a_fake_success(string name, SandboxFaultSettings settings, int pinsWritten)
    {
        var title = $"fault {name} {Guid.NewGuid():N}";
        await using var faults = fixture.Begin(settings);

        var body = await fixture.QueryAsync(SandboxDemoUsers.Pinner, CreatePin, new { input = new { boardId = HomeOffice, title, mediaSource = new { imageUrl = new { url = "https://images.example/fault.jpg" } } } });

        body.ShouldHaveNoErrors();
        body.At("data.createPin.pin").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null, name);
        var error = body.At("data.createPin.errors")[0];
        error.GetProperty("__typename").GetString().ShouldBe("PinterestError");
        error.GetProperty("code").GetString().ShouldBe("UPSTREAM_UNAVAILABLE");
        fixture.Counters.CountOf("pins/create").ShouldBe(1, "a POST is never retried");
        await faults.ShouldRecoverAsync();
        (await PinsTitledAsync(title)).ShouldBe(pinsWritten, name);
    }

    private async Task<int> PinsTitledAsync(string title)
    {
        var body = await fixture.QueryAsync(SandboxDemoUsers.Pinner, $$"""{ board(id: "{{HomeOffice}}") { pins(first: 250) { nodes { title } } } }""");
        body.ShouldHaveNoErrors();
        return body.At("data.board.pins.nodes").EnumerateArray().Count(pin => pin.GetProperty("title").GetString() == title);
    }
}
