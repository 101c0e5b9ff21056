using OpenTelemetry.Exporter;

namespace GraphApi.Telemetry;

/// <summary>
/// <c>OpenTelemetry:*</c>. Telemetry is off (no listener, near-zero cost) unless an exporter is configured: OTLP when
/// <see cref="OtlpOptions.Endpoint"/> or the standard <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set, the console (traces
/// only) when <see cref="Console"/> is true (or unset in Development against the real Pinterest). See docs/observability.md.
/// </summary>
public sealed class TelemetryOptions
{
    public const string SectionName = "OpenTelemetry";

    /// <summary>The standard variable the OTLP exporter reads itself.</summary>
    public const string StandardOtlpEndpoint = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary><c>service.name</c> of every span, metric and log record.</summary>
    public string ServiceName { get; set; } = "GraphApi";

    /// <summary>
    /// Write each finished span to the console (a few lines per span: for trying it out, not for production). Unset:
    /// on in Development against the real Pinterest (<see cref="ConsoleByDefault"/>), off otherwise.
    /// </summary>
    public bool? Console { get; set; }

    /// <summary>
    /// Honour a caller's W3C <c>traceparent</c>/<c>tracestate</c> (the request's spans join the caller's trace). A
    /// caller's <c>baggage</c> is never read, whatever this says, so it cannot reach a log, a span or Pinterest.
    /// </summary>
    public bool HonorCallerTraceParent { get; set; } = true;

    public OtlpOptions Otlp { get; set; } = new();

    /// <summary>
    /// The console's default when <see cref="Console"/> is unset: a developer debugging against the real Pinterest
    /// wants to see the calls; the default <c>dotnet run</c> (Development, launchSettings.json, the sandbox) prints its
    /// banner and request log lines without ten lines per span burying them; production writes no spans to stdout.
    /// </summary>
    public static bool ConsoleByDefault(bool development, Upstream.UpstreamMode upstream) =>
        development && upstream == Upstream.UpstreamMode.Pinterest;

    /// <summary>Whether spans go to the console: the setting, or <see cref="ConsoleByDefault"/> when it is unset.</summary>
    public bool ConsoleOn(bool development, Upstream.UpstreamMode upstream) => Console ?? ConsoleByDefault(development, upstream);

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
