using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;
using GraphApi.Telemetry;
using GraphApi.Tests.Infrastructure;
using GraphApi.Tests.Sandbox;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Trace;

namespace GraphApi.Tests.Telemetry;

/// <summary>
/// The sandbox gateway on Kestrel with the app's own tracing set-up (<c>AddGraphApiInstrumentation</c>, the redaction
/// processor included) exporting to memory, a log capture that keeps scope values, and a listener on the host's own
/// meter (other test hosts in the process have their own meters, so counts are this host's).
/// </summary>
public sealed class TracedSandbox : IDisposable
{
    private readonly MeterListener _meters = new();
    private readonly ConcurrentQueue<(string Instrument, long Value, KeyValuePair<string, object?>[] Tags)> _measurements = new();

    public TracedSandbox(params (string Key, string Value)[] settings)
    {
        Factory = new SandboxGatewayFactory([("Pinterest:MaxRetries", "0"), .. RelaxedLimits.RateLimits, .. RelaxedLimits.DocumentLimits, .. settings])
        {
            TestServices = services =>
            {
                services.AddOpenTelemetry().WithTracing(tracing => tracing.AddGraphApiInstrumentation().AddInMemoryExporter(Spans));
                services.AddLogging(logging => logging.AddProvider(Logs));
                services.AddSingleton<Microsoft.AspNetCore.Hosting.IStartupFilter>(new HeaderRecorder(Received));
            },
        };
        _ = Factory.Address;
        var meter = Factory.Services.GetRequiredService<IMeterFactory>();
        _meters.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Scope == meter && instrument.Meter.Name == GraphApiTelemetry.Name)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _meters.SetMeasurementEventCallback<long>((instrument, value, tags, _) => _measurements.Enqueue((instrument.Name, value, tags.ToArray())));
        _meters.SetMeasurementEventCallback<double>((instrument, value, tags, _) => _measurements.Enqueue((instrument.Name, 1, tags.ToArray())));
        _meters.Start();
    }

    public SandboxGatewayFactory Factory { get; }

    /// <summary>Every span exported while the host ran (other hosts' spans too: filter by trace id).</summary>
    public List<Activity> Spans { get; } = [];

    public ScopedLogCapture Logs { get; } = new();

    /// <summary>The trace headers of every request the host received (the mounted sandbox's, i.e. Pinterest calls, included).</summary>
    public ConcurrentQueue<(string Path, string? TraceParent, string? TraceState, string? Baggage)> Received { get; } = new();

    /// <summary>
    /// A client over real HTTP that sends the traceparent a test sets as is: the test process listens to HttpClient too,
    /// and its own client span would otherwise replace the header with its trace.
    /// </summary>
    public HttpClient CreateBrowser() =>
        new(new SocketsHttpHandler { AllowAutoRedirect = false, ActivityHeadersPropagator = null }) { BaseAddress = Factory.Address };

    public HttpClient CreateClientFor(string userId, out string callerToken)
    {
        var client = CreateBrowser();
        callerToken = TestTokens.Create(userId);
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", callerToken);
        return client;
    }

    public HttpClient CreateClientFor(string userId) => CreateClientFor(userId, out _);

    /// <summary>A W3C traceparent with a fresh trace id: the request's spans all carry it.</summary>
    public static (string Header, ActivityTraceId TraceId) NewTraceParent()
    {
        var traceId = ActivityTraceId.CreateRandom();
        return ($"00-{traceId.ToHexString()}-{ActivitySpanId.CreateRandom().ToHexString()}-01", traceId);
    }

    /// <summary>
    /// The trace's spans once its server span has ended: ASP.NET Core stops it after the response went out, so a client
    /// can read the answer a moment before (waits up to 10 s for that, then returns what there is).
    /// </summary>
    public async Task<List<Activity>> TraceAsync(ActivityTraceId traceId)
    {
        for (var i = 0; i < 200 && !SpansOf(traceId).Any(s => s.Kind == ActivityKind.Server); i++)
        {
            await Task.Delay(50);
        }

        return SpansOf(traceId);
    }

    public List<Activity> SpansOf(ActivityTraceId traceId)
    {
        lock (Spans)
        {
            return Spans.Where(s => s.TraceId == traceId).ToList();
        }
    }

    /// <summary>Sum of a counter's measurements whose tags include every one of <paramref name="tags"/>.</summary>
    public long Sum(string instrument, params (string Key, string Value)[] tags) =>
        _measurements.Where(m => m.Instrument == instrument &&
                                 tags.All(t => m.Tags.Any(x => x.Key == t.Key && Convert.ToString(x.Value, CultureInfo.InvariantCulture) == t.Value)))
            .Sum(m => m.Value);

    public IEnumerable<KeyValuePair<string, object?>[]> TagsOf(string instrument) =>
        _measurements.Where(m => m.Instrument == instrument).Select(m => m.Tags);

    public void Dispose()
    {
        _meters.Dispose();
        Factory.Dispose();
    }
}

/// <summary>Log lines with their formatted message and every scope value (TraceId, SpanId, RequestPath…).</summary>
public sealed class ScopedLogCapture : ILoggerProvider, ISupportExternalScope
{
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public ConcurrentQueue<CapturedLine> Lines { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, this);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    public sealed record CapturedLine(string Category, string Message, IReadOnlyDictionary<string, string> Scope, IReadOnlyList<string> Values)
    {
        public string AllText => Category + " " + Message + " " + string.Join(' ', Scope.Select(kv => kv.Key + "=" + kv.Value)) + " " + string.Join(' ', Values);
    }

    private sealed class Logger(string category, ScopedLogCapture owner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => owner._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var scope = new Dictionary<string, string>();
            var values = new List<string>();
            owner._scopes.ForEachScope((item, _) =>
            {
                if (item is IEnumerable<KeyValuePair<string, object?>> pairs)
                {
                    foreach (var (key, value) in pairs)
                    {
                        scope[key] = Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
                    }
                }
                else if (item is not null)
                {
                    values.Add(Convert.ToString(item, CultureInfo.InvariantCulture) ?? "");
                }
            }, (object?)null);
            if (state is IEnumerable<KeyValuePair<string, object?>> properties)
            {
                values.AddRange(properties.Select(p => p.Key + "=" + Convert.ToString(p.Value, CultureInfo.InvariantCulture)));
            }

            owner.Lines.Enqueue(new(category, formatter(state, exception) + " " + exception, scope, values));
        }
    }
}

/// <summary>First in the pipeline: records each request's path and W3C trace headers, as the receiving side sees them.</summary>
internal sealed class HeaderRecorder(ConcurrentQueue<(string Path, string? TraceParent, string? TraceState, string? Baggage)> received)
    : Microsoft.AspNetCore.Hosting.IStartupFilter
{
    public Action<Microsoft.AspNetCore.Builder.IApplicationBuilder> Configure(Action<Microsoft.AspNetCore.Builder.IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, following) =>
        {
            var headers = context.Request.Headers;
            received.Enqueue((context.Request.Path.Value ?? "", Header(headers, "traceparent"), Header(headers, "tracestate"), Header(headers, "baggage")));
            await following(context);
        });
        next(app);
    };

    private static string? Header(Microsoft.AspNetCore.Http.IHeaderDictionary headers, string name) =>
        headers.TryGetValue(name, out var values) ? values.ToString() : null;
}
