namespace GraphApi.Bench.Runner.Tests;

public sealed class WrkResultTests
{
    [Fact]
    public void The_result_line_of_post_lua_is_read_into_counts_and_milliseconds()
    {
        var result = WrkResult.Parse("RESULT requests=20000 non200=3 graphqlErrors=2 socketErrors=1 p50us=750 p99us=5400 durationUs=2000000");

        result.Requests.ShouldBe(20000);
        result.Failures.ShouldBe(6);
        result.P50Ms.ShouldBe(0.75);
        result.P99Ms.ShouldBe(5.4);
        result.RequestsPerSecond.ShouldBe(10000);
    }

    [Fact]
    public void A_clean_run_has_no_failures()
    {
        WrkResult.Parse("RESULT requests=5 non200=0 graphqlErrors=0 socketErrors=0 p50us=1 p99us=2 durationUs=1000000").Failures.ShouldBe(0);
    }

    [Theory]
    [InlineData(new[] { 3.0 }, 3.0)]
    [InlineData(new[] { 9.0, 1.0, 5.0 }, 5.0)]
    [InlineData(new[] { 4.0, 1.0, 2.0, 3.0 }, 2.5)]
    public void Medians_are_the_middle_value_or_the_mean_of_the_two_middle_ones(double[] values, double median)
    {
        Medians.Of(values).ShouldBe(median);
    }
}
