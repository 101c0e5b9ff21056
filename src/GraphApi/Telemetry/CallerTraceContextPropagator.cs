using System.Diagnostics;

namespace GraphApi.Telemetry;

/// <summary>
/// How the gateway reads a caller's trace context (ASP.NET Core's hosting asks the container for this). Callers are
/// untrusted: their <c>baggage</c> is never extracted, so it is not attached to the request's activity, not written
/// to logs or spans, and cannot be injected into Pinterest calls. Their <c>traceparent</c> (and <c>tracestate</c>) is
/// read when <see cref="TelemetryOptions.HonorCallerTraceParent"/> is on, so a caller's trace continues through the
/// gateway; off, every request starts its own trace. The gateway's own outgoing calls use the runtime's propagator
/// (and the Pinterest client none at all).
/// </summary>
internal sealed class CallerTraceContextPropagator(bool honorTraceParent) : DistributedContextPropagator
{
    private static readonly DistributedContextPropagator W3C = CreateW3CPropagator();

    public override IReadOnlyCollection<string> Fields => W3C.Fields;

    public override void Inject(Activity? activity, object? carrier, PropagatorSetterCallback? setter) => W3C.Inject(activity, carrier, setter);

    public override void ExtractTraceIdAndState(object? carrier, PropagatorGetterCallback? getter, out string? traceId, out string? traceState)
    {
        if (honorTraceParent)
        {
            W3C.ExtractTraceIdAndState(carrier, getter, out traceId, out traceState);
            return;
        }

        traceId = null;
        traceState = null;
    }

    public override IEnumerable<KeyValuePair<string, string?>>? ExtractBaggage(object? carrier, PropagatorGetterCallback? getter) => null;
}
