using GraphApi.Features.Gateway;
using GraphApi.Hosting;
using GraphApi.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Tests.Upstream;

/// <summary>Upstream:Mode is explicit; partial or contradictory live settings stop the start with one message.</summary>
public sealed class UpstreamModeTests(GraphApiFactory factory) : IClassFixture<GraphApiFactory>
{
    private const string Secret = "upstream-mode-test-secret";

    private static readonly (string, string)[] Live =
    [
        ("Pinterest:ClientId", "1234567"),
        ("Pinterest:ClientSecret", Secret),
        ("Pinterest:RedirectUri", "https://gateway.example.com/integration-callback"),
    ];

    [Fact]
    public async Task Without_settings_it_is_the_sandbox_and_the_mode_is_read_once()
    {
        using var client = factory.CreateClient();

        var body = await (await client.SendAsync(GraphQLHttp.PostQuery("{ gateway { upstream } }"))).ReadJsonAsync();

        body.GetProperty("data").GetProperty("gateway").GetProperty("upstream").GetString().ShouldBe("SANDBOX");
        factory.Services.GetServices<GatewayInfo>().Count().ShouldBe(1);
    }

    [Theory]
    [InlineData("Pinterest")]
    [InlineData("pinterest")]
    public async Task Mode_pinterest_with_every_setting_talks_to_pinterest(string mode)
    {
        using var pinterest = factory.WithSettings([("Upstream:Mode", mode), .. Live]);
        using var client = pinterest.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.Create());

        var body = await (await client.SendAsync(GraphQLHttp.PostQuery("{ gateway { upstream } }"))).ReadJsonAsync();

        body.GetProperty("data").GetProperty("gateway").GetProperty("upstream").GetString().ShouldBe("PINTEREST");
    }

    public static TheoryData<string, (string, string)[], string> Refused => new()
    {
        { "a ClientId alone", [("Pinterest:ClientId", "1234567")], "Pinterest:ClientId is set but Upstream:Mode is not Pinterest: set Upstream:Mode=Pinterest to use the real Pinterest API, or remove it" },
        { "a secret alone", [("Pinterest:ClientSecret", Secret)], "Pinterest:ClientSecret is set but Upstream:Mode is not Pinterest" },
        { "both, without the mode", [("Pinterest:ClientId", "1"), ("Pinterest:ClientSecret", Secret)], "Pinterest:ClientId, Pinterest:ClientSecret are set but Upstream:Mode is not Pinterest" },
        { "explicit sandbox with a live URL", [("Upstream:Mode", "Sandbox"), ("Pinterest:ApiBaseUrl", "https://api.pinterest.com/v5")], "Pinterest:ApiBaseUrl is set but Upstream:Mode is not Pinterest" },
        { "the sandbox with a token URL", [("Pinterest:TokenUrl", "https://api.pinterest.com/v5/oauth/token")], "Pinterest:TokenUrl is set but Upstream:Mode is not Pinterest" },
        { "Pinterest mode with nothing", [("Upstream:Mode", "Pinterest")], "Upstream:Mode=Pinterest also needs: Pinterest:ClientId; Pinterest:ClientSecret; Pinterest:RedirectUri." },
        { "Pinterest mode without the secret", [("Upstream:Mode", "Pinterest"), ("Pinterest:ClientId", "1"), ("Pinterest:RedirectUri", "https://g.example.com/integration-callback")], "Upstream:Mode=Pinterest also needs: Pinterest:ClientSecret." },
        { "Pinterest mode with a blank secret", [("Upstream:Mode", "Pinterest"), ("Pinterest:ClientId", "1"), ("Pinterest:ClientSecret", "  "), ("Pinterest:RedirectUri", "https://g.example.com/integration-callback")], "also needs: Pinterest:ClientSecret." },
        { "an unknown mode", [("Upstream:Mode", "Live")], "Upstream:Mode must be Sandbox (the default) or Pinterest." },
        { "a numeric mode", [("Upstream:Mode", "1")], "Upstream:Mode must be Sandbox (the default) or Pinterest." },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void Partial_or_contradictory_settings_stop_the_start_with_one_message(string because, (string, string)[] settings, string message)
    {
        using var configured = factory.WithSettings(settings);

        var error = Should.Throw<StartupConfigurationException>(() => configured.CreateClient(), because);

        error.Problems.Count.ShouldBe(1, because);
        error.Message.ShouldContain(message, Case.Sensitive, because);
        error.Message.ShouldNotContain(Secret);
    }
}
