using System.Diagnostics;
using System.Runtime.CompilerServices;
using GraphApi.Accounts.Links;
using O = GraphApi.Telemetry.GraphApiMetrics.RefreshOutcomes;
using T = GraphApi.Telemetry.GraphApiTelemetry.Tags;

namespace GraphApi.Telemetry;

/// <summary>
/// Traces a shared token-refresh attempt. The attempt runs without its first caller's execution context (it is shared
/// and may outlive that request), so it cannot be a child of the request's span: it is the root of its own trace, a
/// <c>graphapi.token.refresh</c> span linked to the request that started it, holding the <c>pinterest oauth/token</c>
/// call, the durable write and the refresh log lines. Each caller (the starter, a waiter that joined, one answered from
/// the cool-down) gets an event on its own span with the outcome and the attempt's trace id. Tags are outcomes and ids
/// only: never a token, a connection key or an exception message.
/// </summary>
/// <remarks>
/// What a flight handed out (its connection or its exception) is remembered here, weakly, with the attempt's trace id:
/// that is how a caller tells an attempt's answer from a cool-down answer (which no attempt produced) without another
/// lookup. Cost: nothing on a request that does not refresh; a refresh adds one table entry, collected with the object.
/// </remarks>
internal static class TokenRefreshTelemetry
{
    private static readonly ConditionalWeakTable<object, string> Answers = new();

    /// <summary>On the caller's context, before the attempt is started without it: an event on its span and its context to link to.</summary>
    public static ActivityContext Started()
    {
        var caller = Activity.Current;
        caller?.AddEvent(new ActivityEvent(GraphApiTelemetry.Events.TokenRefreshStarted));
        return caller?.Context ?? default;
    }

    /// <summary>The attempt's span, a root linked to <paramref name="caller"/> (no listener: null).</summary>
    public static Activity? StartAttempt(ActivityContext caller) =>
        GraphApiTelemetry.Source.StartActivity(GraphApiTelemetry.Spans.TokenRefresh, ActivityKind.Internal, parentContext: default,
            links: caller == default ? null : [new ActivityLink(caller)]);

    /// <summary>Before the attempt's answer is handed out: tags and ends the span, remembers what the answer came from.</summary>
    public static void Ended(Activity? attempt, object answer, string outcome)
    {
        // Remembered untraced too: the cool-down metric needs to tell an attempt's answer from a cool-down answer.
        Answers.AddOrUpdate(answer, attempt?.TraceId.ToHexString() ?? "");
        if (attempt is null)
        {
            return;
        }

        attempt.SetTag(T.Outcome, outcome);
        if (outcome != O.Success)
        {
            attempt.SetStatus(ActivityStatusCode.Error, outcome);
        }

        attempt.Stop();
    }

    public static string OutcomeOf(Exception exception) => exception switch
    {
        PinterestRefreshUnavailableException => O.Unavailable,
        PinterestReconnectRequiredException => O.Rejected,
        _ => O.Error,
    };

    /// <summary>
    /// A caller's refresh, answered: an event on its span; a cool-down answer (an unavailable exception no attempt
    /// produced) is counted as a <c>refresh_cooldown</c> rejection whether or not anything is traced.
    /// </summary>
    public static void Answered(GraphApiMetrics? metrics, object answer)
    {
        var fromAttempt = Answers.TryGetValue(answer, out var traceId);
        var outcome = answer switch
        {
            PinterestAccountLink => O.Success,
            PinterestRefreshUnavailableException when !fromAttempt => O.CoolDown,
            Exception ex => OutcomeOf(ex),
            _ => O.Error,
        };
        if (outcome == O.CoolDown)
        {
            metrics?.RateLimitRejected(GraphApiMetrics.RateLimitKinds.RefreshCooldown);
        }

        if (Activity.Current is not { IsAllDataRequested: true } caller)
        {
            return;
        }

        var tags = new ActivityTagsCollection { [T.Outcome] = outcome };
        if (!string.IsNullOrEmpty(traceId))
        {
            tags[T.RefreshTraceId] = traceId;
        }

        caller.AddEvent(new ActivityEvent(GraphApiTelemetry.Events.TokenRefreshAnswered, tags: tags));
    }
}
