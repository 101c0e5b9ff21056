using GraphApi.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace GraphApi.Tests.Telemetry;

/// <summary>Off unless an exporter is configured; bad settings stop the start, naming the setting, not its value.</summary>
public sealed class TelemetrySettingsTests
{
    [Fact]
    public void With_no_exporter_configured_no_tracer_or_meter_provider_exists()
    {
        using var factory = new GraphApiFactory();

        factory.Services.GetService<TracerProvider>().ShouldBeNull();
        factory.Services.GetService<MeterProvider>().ShouldBeNull();
    }

    [Fact]
    public void The_console_setting_turns_tracing_on_without_metrics_and_an_otlp_endpoint_turns_on_both()
    {
        using (var console = new GraphApiFactory().WithSettings(("OpenTelemetry:Console", "true")))
        {
            console.Services.GetService<TracerProvider>().ShouldNotBeNull();
            console.Services.GetService<MeterProvider>().ShouldBeNull();
        }

        using var otlp = new GraphApiFactory().WithSettings(("OpenTelemetry:Otlp:Endpoint", "http://127.0.0.1:9"), ("OpenTelemetry:Otlp:Protocol", "HttpProtobuf"));
        otlp.Services.GetService<TracerProvider>().ShouldNotBeNull();
        otlp.Services.GetService<MeterProvider>().ShouldNotBeNull();
    }

    [Theory]
    [InlineData("OpenTelemetry:Otlp:Endpoint", "collector:4317", "OpenTelemetry:Otlp:Endpoint")]
    [InlineData("OpenTelemetry:Otlp:Endpoint", "https://user:s3cr3t-pass@collector.example", "OpenTelemetry:Otlp:Endpoint")]
    [InlineData("OpenTelemetry:ServiceName", " ", "OpenTelemetry:ServiceName")]
    public void A_bad_setting_stops_the_start_naming_it_without_echoing_the_value(string key, string value, string named)
    {
        using var factory = new GraphApiFactory().WithSettings((key, value));

        var error = Should.Throw<OptionsValidationException>(() => factory.Services);

        error.Message.ShouldContain(named);
        if (value.Trim().Length > 0)
        {
            error.Message.ShouldNotContain(value);
        }
    }
}
