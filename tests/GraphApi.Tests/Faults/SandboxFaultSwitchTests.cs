using System.Net;
using GraphApi.Pinterest.Sandbox;

namespace GraphApi.Tests.Faults;

/// <summary>The new switches over <c>PUT /_control/faults</c>: snake_case names and enum values, and refusals that name the setting.</summary>
[Collection(FaultSuiteTests.Name)]
public sealed class SandboxFaultSwitchTests(FaultSuiteFixture fixture)
{
    private const string Control = "/sandbox/pinterest/_control/faults";

    [Fact]
    public async Task The_new_switches_round_trip_over_http_and_reach_the_in_process_state()
    {
        using var client = fixture.Factory.CreateBrowser();
        try
        {
            using var put = await client.PutAsync(Control, JsonContent("""
                {"spike_rate": 0.25, "spike_ms": 900, "rate_limit_rate": 0.5, "retry_after_seconds": 7,
                 "reset_rate": 0.1, "reset_mode": "mid_response", "apply_then_fail_rate": 1, "apply_then_fail_mode": "malformed",
                 "operation_ids": ["pins/create"]}
                """));

            put.StatusCode.ShouldBe(HttpStatusCode.OK);
            var current = fixture.Faults.Current;
            (current.SpikeRate, current.SpikeMs, current.RateLimitRate, current.RetryAfterSeconds).ShouldBe((0.25, 900, 0.5, 7));
            (current.ResetRate, current.ResetMode).ShouldBe((0.1, SandboxResetMode.MidResponse));
            (current.ApplyThenFailRate, current.ApplyThenFailMode).ShouldBe((1.0, SandboxApplyThenFailMode.Malformed));
            var read = await client.GetStringAsync(Control);
            read.ShouldContain("\"reset_mode\":\"mid_response\"");
            read.ShouldContain("\"apply_then_fail_mode\":\"malformed\"");
        }
        finally
        {
            fixture.Faults.Clear();
        }
    }

    [Theory]
    [InlineData("""{"reset_rate": 1.5}""", "reset_rate")]
    [InlineData("""{"apply_then_fail_rate": -0.1}""", "apply_then_fail_rate")]
    [InlineData("""{"spike_ms": -1}""", "spike_ms")]
    [InlineData("""{"retry_after_seconds": 0}""", "retry_after_seconds")]
    [InlineData("""{"reset_mode": "sideways"}""", "reset_mode")]
    [InlineData("""{"apply_then_fail_mode": 7}""", "apply_then_fail_mode")]
    public async Task Invalid_settings_are_refused_with_400_naming_the_setting_and_change_nothing(string json, string setting)
    {
        using var client = fixture.Factory.CreateBrowser();

        using var put = await client.PutAsync(Control, JsonContent(json));

        put.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await put.Content.ReadAsStringAsync()).ShouldContain(setting);
        fixture.Faults.Current.ShouldBe(new SandboxFaultSettings());
    }

    private static StringContent JsonContent(string json) => new(json, System.Text.Encoding.UTF8, "application/json");
}
