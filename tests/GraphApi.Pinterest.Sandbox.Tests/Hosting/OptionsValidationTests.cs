using GraphApi.Pinterest.Sandbox.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GraphApi.Pinterest.Sandbox.Tests.Hosting;

public sealed class OptionsValidationTests
{
    [Fact]
    public async Task Bad_settings_stop_the_host_with_clear_messages()
    {
        var file = Path.GetTempFileName();
        try
        {
            var error = await Should.ThrowAsync<OptionsValidationException>(() => SandboxHost.StartAsync(
                dataDirectory: Path.Combine(file, "cannot-be-a-folder"),
                settings: new Dictionary<string, string?>
                {
                    ["Sandbox:ClientSecret"] = "",
                    ["Sandbox:AccessTokenLifetime"] = "-00:00:01",
                    ["Sandbox:QuotaLimit"] = "-1",
                    ["Sandbox:QuotaWindow"] = "00:00:00",
                }));

            error.Message.ShouldContain("Sandbox:ClientSecret must not be empty");
            error.Message.ShouldContain("Sandbox:AccessTokenLifetime must be positive");
            error.Message.ShouldContain("Sandbox:DataDirectory");
            error.Message.ShouldContain("Sandbox:QuotaLimit must be");
            error.Message.ShouldContain("Sandbox:QuotaWindow must be");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Defaults_match_pinterest()
    {
        await using var host = await SandboxHost.StartAsync();

        var options = host.Services.GetRequiredService<IOptions<SandboxOptions>>().Value;

        options.ClientId.ShouldBe("sandbox-client");
        options.ClientSecret.ShouldBe("sandbox-secret");
        options.AccessTokenLifetime.ShouldBe(TimeSpan.FromDays(30));
        options.RefreshTokenLifetime.ShouldBe(TimeSpan.FromDays(365));
        options.PathBase.ShouldBe(SandboxHost.PathBase);
        options.QuotaLimit.ShouldBe(10_000);
        options.QuotaWindow.ShouldBe(TimeSpan.FromMinutes(1));
    }
}
