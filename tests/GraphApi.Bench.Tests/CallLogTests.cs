using GraphApi.Bench.StaticUpstream;

namespace GraphApi.Bench.Tests;

/// <summary>The wave rule: 1 + the largest wave among calls completed before this one started.</summary>
public sealed class CallLogTests
{
    [Fact]
    public void Overlapping_calls_share_a_wave_and_a_call_after_a_completion_is_one_wave_later()
    {
        var log = new CallLog(["a", "b"]);

        var first = log.Start(0);
        var second = log.Start(1);
        log.End(first);
        var third = log.Start(0);
        log.End(second);
        log.End(third);
        var fourth = log.Start(1);
        log.End(fourth);

        (first.Wave, second.Wave, third.Wave, fourth.Wave).ShouldBe((1, 1, 2, 3));
        var report = log.Report();
        report.Calls.ShouldBe(4);
        report.Waves.ShouldBe(3);
        report.ByOperation.ShouldBe(new Dictionary<string, int> { ["a"] = 2, ["b"] = 2 }, ignoreOrder: true);
    }

    [Fact]
    public void A_call_straddling_a_reset_does_not_push_the_next_measurement_into_a_later_wave()
    {
        var log = new CallLog(["a"]);
        var old = log.Start(0);

        log.Reset();
        log.End(old);
        var fresh = log.Start(0);
        log.End(fresh);

        fresh.Wave.ShouldBe(1);
        log.Report().ShouldSatisfyAllConditions(r => r.Calls.ShouldBe(1), r => r.Waves.ShouldBe(1), r => r.ByOperation.Count.ShouldBe(1));
    }

    [Fact]
    public void Memoised_bodies_stop_growing_at_the_bound_and_still_answer()
    {
        var memo = new MemoisedBodies();
        for (var i = 0; i < MemoisedBodies.MaxEntries + 50; i++)
        {
            memo.Get($"k{i}", i, n => BitConverter.GetBytes(n)).ShouldBe(BitConverter.GetBytes(i));
        }

        memo.Count.ShouldBe(MemoisedBodies.MaxEntries);
        memo.Get("k0", 0, _ => throw new InvalidOperationException("memoised bodies are not serialized again")).ShouldBe(BitConverter.GetBytes(0));
    }
}
