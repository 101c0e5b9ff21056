using System.Net;
using GraphApi.Accounts.Callers;
using GraphApi.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GraphApi.Tests.Sandbox;

public sealed class SandboxSigningKeyTests
{
    [Fact]
    public async Task Sandbox_mode_with_nothing_configured_generates_a_private_key_once_and_keeps_it()
    {
        using var factory = new GraphApiFactory();
        using var sandbox = factory.WithSettings(("Authentication:SigningKey", ""), ("Authentication:Issuer", ""));
        using var client = sandbox.CreateClient();

        using var response = await client.GetAsync("/health/live");
        var options = sandbox.Services.GetRequiredService<IOptions<CallerAuthenticationOptions>>().Value;

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        options.Issuer.ShouldBe("graphapi-sandbox");
        var keyFile = Path.Combine(factory.DataDirectory, "sandbox-jwt-signing-key");
        File.Exists(keyFile).ShouldBeTrue();
        (await File.ReadAllTextAsync(keyFile)).ShouldBe(options.SigningKey);
        if (!OperatingSystem.IsWindows())
        {
            File.GetUnixFileMode(keyFile).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        SigningKeys.LoadOrCreate(keyFile).ShouldBe(options.SigningKey);
    }
}
