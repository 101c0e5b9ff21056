using GraphApi.Telemetry;
using GraphApi.Tests.Infrastructure;
using GraphApi.Upstream;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;

namespace GraphApi.Tests.Telemetry;

/// <summary>
/// <c>OpenTelemetry:Console</c> unset: on only in Development against the real Pinterest; the default <c>dotnet run</c>
/// (Development on the sandbox) and production write no spans. An explicit value always wins.
/// </summary>
public sealed class TelemetryConsoleDefaultTests
{
    [Theory]
    [InlineData(true, UpstreamMode.Pinterest, null, true)]
    [InlineData(true, UpstreamMode.Sandbox, null, false)]
    [InlineData(false, UpstreamMode.Pinterest, null, false)]
    [InlineData(false, UpstreamMode.Sandbox, null, false)]
    [InlineData(true, UpstreamMode.Pinterest, false, false)]
    [InlineData(true, UpstreamMode.Sandbox, true, true)]
    [InlineData(false, UpstreamMode.Pinterest, true, true)]
    public void The_console_default_matrix(bool development, UpstreamMode upstream, bool? setting, bool expected) =>
        new TelemetryOptions { Console = setting }.ConsoleOn(development, upstream).ShouldBe(expected);

    [Fact]
    public void The_default_dotnet_run_development_on_the_sandbox_starts_no_tracer_and_the_setting_still_turns_it_on()
    {
        using (var development = new GraphApiFactory().WithWebHostBuilder(b => b.UseEnvironment("Development")))
        {
            development.Services.GetRequiredService<IWebHostEnvironment>().EnvironmentName.ShouldBe("Development");
            development.Services.GetService<TracerProvider>().ShouldBeNull();
        }

        using var console = new GraphApiFactory().WithWebHostBuilder(b => b.UseEnvironment("Development")).WithWebHostBuilder(b => b.UseSetting("OpenTelemetry:Console", "true"));
        console.Services.GetService<TracerProvider>().ShouldNotBeNull();
    }
}
