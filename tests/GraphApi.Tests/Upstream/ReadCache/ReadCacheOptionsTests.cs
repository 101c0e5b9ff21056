using GraphApi.Upstream.ReadCache;
namespace GraphApi.Tests.Upstream.ReadCache;

public sealed class ReadCacheOptionsTests
{
    private static readonly ReadCacheOptionsValidator Validator = new();

    [Fact]
    public void The_defaults_are_valid_and_off()
    {
        var options = new ReadCacheOptions();
        Validator.Validate(null, options).Succeeded.ShouldBeTrue();
        options.Enabled.ShouldBeFalse();
    }

    [Theory]
    [InlineData("Expiration", "ReadCache:Expiration")]
    [InlineData("ExpirationLong", "ReadCache:Expiration")]
    [InlineData("LocalExpiration", "ReadCache:LocalExpiration")]
    [InlineData("LocalOverExpiration", "ReadCache:LocalExpiration")]
    [InlineData("MaxEntryBytes", "ReadCache:MaxEntryBytes")]
    [InlineData("MaxLocalBytes", "ReadCache:MaxLocalBytes")]
    public void A_bad_value_is_refused_naming_its_setting(string broken, string setting)
    {
        var options = broken switch
        {
            "Expiration" => new ReadCacheOptions { Expiration = TimeSpan.Zero, LocalExpiration = TimeSpan.Zero },
            "ExpirationLong" => new ReadCacheOptions { Expiration = TimeSpan.FromHours(1) },
            "LocalExpiration" => new ReadCacheOptions { LocalExpiration = TimeSpan.Zero },
            "LocalOverExpiration" => new ReadCacheOptions { LocalExpiration = TimeSpan.FromMinutes(1) },
            "MaxEntryBytes" => new ReadCacheOptions { MaxEntryBytes = 100_000_000 },
            _ => new ReadCacheOptions { MaxLocalBytes = 10 },
        };

        var result = Validator.Validate(null, options);

        result.Failed.ShouldBeTrue();
        result.FailureMessage.ShouldContain(setting);
    }

    [Fact]
    public void A_bad_setting_stops_the_start_with_its_name()
    {
        using var factory = new Infrastructure.GraphApiFactory().WithSettings(("ReadCache:Expiration", "01:00:00"));

        var failure = Should.Throw<Exception>(() => factory.CreateClient());

        failure.ToString().ShouldContain("ReadCache:Expiration");
    }
}
