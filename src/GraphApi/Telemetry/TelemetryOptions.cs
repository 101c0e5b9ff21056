using OpenTelemetry.Exporter;

namespace GraphApi.Telemetry;

/// <summary>
/// <c>OpenTelemetry:*</c>. Telemetry is off (no listener, near-zero cost) unless an exporter is configured: OTLP when
/// <see cref="OtlpOptions.Endpoint"/> or the standard <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set, the console (traces
/// only) when <see cref="Console"/> is true. See docs/observability.md.
/// </summary>
public sealed class TelemetryOptions
{
    public const string SectionName = "OpenTelemetry";

    /// <summary>The standard variable the OTLP exporter reads itself.</summary>
    public const string StandardOtlpEndpoint = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary><c>service.name</c> of every span, metric and log record.</summary>
    public string ServiceName { get; set; } = "GraphApi";

    /// <summary>Write each finished span to the console (a few lines per span: for trying it out, not for production).</summary>
    public bool Console { get; set; }

    public OtlpOptions Otlp { get; set; } = new();

    /// <summary>Whether any exporter is configured (the decision made at start-up).</summary>
    public bool Enabled(IConfiguration configuration) => Console || OtlpEnabled(configuration);

    public bool OtlpEnabled(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(Otlp.Endpoint) || !string.IsNullOrWhiteSpace(configuration[StandardOtlpEndpoint]);

    public sealed class OtlpOptions
    {
        /// <summary>The collector's base address (e.g. http://localhost:4317 for gRPC, :4318 for HTTP).</summary>
        /// <remarks>A string, not a Uri, so a malformed value is reported by the validator, naming the setting.</remarks>
        public string? Endpoint { get; set; }

        /// <summary><c>Grpc</c> (default) or <c>HttpProtobuf</c>.</summary>
        public OtlpExportProtocol Protocol { get; set; } = OtlpExportProtocol.Grpc;
    }
}
