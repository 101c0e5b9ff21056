using GraphApi.Pinterest.Http;
using GraphApi.Upstream;
using GraphQL.Validation;
using Microsoft.Extensions.Options;
using OpenTelemetry;
using OpenTelemetry.Context.Propagation;
using OpenTelemetry.Instrumentation.AspNetCore;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace GraphApi.Telemetry;

internal static class TelemetryServiceCollectionExtensions
{
    /// <summary>Paths whose requests are not traced: probes, and an <see cref="EmbeddedUpstream"/> (the mounted sandbox
    /// stands in for Pinterest, whose side of a call is not in our traces either; the call is the <c>pinterest {operationId}</c> span).</summary>
    private const string HealthPath = "/health";

    /// <summary>
    /// The gateway's instruments (always: with no listener they cost a field read), log records that carry the trace
    /// and span ids, and, only when an exporter is configured (<see cref="TelemetryOptions"/>), the OpenTelemetry SDK
    /// with the gateway's source and meter, ASP.NET Core and HttpClient instrumentation and the exporters. Without an
    /// exporter no ActivityListener is attached, so no span object is ever created.
    /// </summary>
    public static WebApplicationBuilder AddGraphApiTelemetry(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddMetrics();
        services.AddSingleton<GraphApiMetrics>();
        services.AddSingleton<GraphQLTelemetry>();
        services.AddTransient<PinterestCallTelemetryHandler>();

        // Replaces GraphQL.NET's registration whichever is added first (it only adds its own when none exists; the
        // container answers the last one otherwise).
        services.AddSingleton<IDocumentValidator>(new TracingDocumentValidator(new DocumentValidator()));
        services.AddSingleton<IValidateOptions<TelemetryOptions>, TelemetryOptionsValidator>();
        services.AddOptions<TelemetryOptions>().BindConfiguration(TelemetryOptions.SectionName).ValidateOnStart();

        // Every log line written inside a request carries TraceId and SpanId in its scope (console with IncludeScopes,
        // the JSON console, OTLP logs): the same trace id as GraphQLRequestLog's line and INTERNAL_ERROR's traceId.
        builder.Logging.Configure(o => o.ActivityTrackingOptions =
            ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId | ActivityTrackingOptions.ParentId);

        var settings = builder.Configuration.GetSection(TelemetryOptions.SectionName).Get<TelemetryOptions>() ?? new();

        // Inbound trace context: ASP.NET Core takes its propagator from the container. A caller's baggage is never
        // extracted (it would ride on every span and on outgoing calls); its traceparent only when the setting says so.
        services.AddSingleton<System.Diagnostics.DistributedContextPropagator>(new CallerTraceContextPropagator(settings.HonorCallerTraceParent));

        var console = settings.ConsoleOn(builder.Environment.IsDevelopment(), UpstreamSettings.Read(builder.Configuration));
        if (!console && !settings.OtlpEnabled(builder.Configuration))
        {
            return builder;
        }

        var otel = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(
                string.IsNullOrWhiteSpace(settings.ServiceName) ? "GraphApi" : settings.ServiceName,
                serviceVersion: typeof(GraphApiTelemetry).Assembly.GetName().Version?.ToString()))
            .WithTracing(tracing =>
            {
                tracing.AddGraphApiInstrumentation();
                if (console)
                {
                    tracing.AddConsoleExporter();
                }
            });

        if (settings.OtlpEnabled(builder.Configuration))
        {
            otel.WithMetrics(metrics => metrics.AddGraphApiInstrumentation()).WithLogging();

            // One exporter for traces, metrics and logs; with HttpProtobuf it appends /v1/traces etc. to the base URL.
            // Without our setting it reads the standard OTEL_EXPORTER_OTLP_* variables (endpoint, protocol, headers).
            if (!string.IsNullOrWhiteSpace(settings.Otlp.Endpoint) && TelemetryOptionsValidator.IsEndpoint(settings.Otlp.Endpoint))
            {
                otel.UseOtlpExporter(settings.Otlp.Protocol, new Uri(settings.Otlp.Endpoint));
            }
            else
            {
                otel.UseOtlpExporter();
            }
        }

        return builder;
    }

    /// <summary>
    /// The gateway's spans and the instrumentations, with the redaction rules set explicitly (not left to the
    /// packages' defaults): no exception recorded (messages can quote URLs or answers), HttpClient's span skipped for
    /// Pinterest calls (ours carries the operationId instead), and query strings dropped by
    /// <see cref="TelemetryRedactionProcessor"/>. The 1.20 instrumentations redact query values themselves unless
    /// <c>OTEL_DOTNET_EXPERIMENTAL_*_DISABLE_URL_QUERY_REDACTION</c> is set; their switch is not public, so the
    /// processor is what we rely on.
    /// Tests add an in-memory exporter after this.
    /// </summary>
    public static TracerProviderBuilder AddGraphApiInstrumentation(this TracerProviderBuilder tracing)
    {
        tracing.ConfigureServices(services => services.AddOptions<AspNetCoreTraceInstrumentationOptions>()
            .Configure<IServiceProvider>((options, provider) =>
            {
                var embedded = provider.GetService<EmbeddedUpstream>()?.PathBase ?? "";
                options.RecordException = false;
                options.Filter = context =>
                    !context.Request.Path.StartsWithSegments(HealthPath) &&
                    (embedded.Length == 0 || !context.Request.Path.StartsWithSegments(embedded));
            }));

        // The SDK's default propagator (trace context + baggage) makes both instrumentations act on their own: ASP.NET
        // Core's re-extracts the caller's headers (its baggage into Baggage.Current, its traceparent whatever
        // CallerTraceContextPropagator decided) and HttpClient's injects traceparent and that baggage into every
        // outgoing call, Pinterest's included, even calls it does not trace. With the plain W3C trace-context
        // propagator they leave both to the runtime: inbound CallerTraceContextPropagator, outbound each handler's
        // ActivityHeadersPropagator (none for Pinterest). Process-wide, like the SDK's own default.
        Sdk.SetDefaultTextMapPropagator(new TraceContextPropagator());

        return tracing
            .AddSource(GraphApiTelemetry.Name)
            .AddAspNetCoreInstrumentation()
            .AddHttpClientInstrumentation(options =>
            {
                options.RecordException = false;
                options.FilterHttpRequestMessage = request => PinterestRequestTag.Of(request) is null;
            })
            .AddProcessor(new TelemetryRedactionProcessor());
    }

    /// <summary>The gateway's meter and ASP.NET Core's and HttpClient's own meters (http.server/client.request.duration).</summary>
    public static MeterProviderBuilder AddGraphApiInstrumentation(this MeterProviderBuilder metrics) => metrics
        .AddMeter(GraphApiTelemetry.Name)
        .AddAspNetCoreInstrumentation()
        .AddHttpClientInstrumentation();
}
