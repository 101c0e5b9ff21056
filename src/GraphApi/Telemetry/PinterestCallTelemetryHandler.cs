using System.Diagnostics;
using System.Globalization;
using GraphApi.Pinterest.Http;
using T = GraphApi.Telemetry.GraphApiTelemetry.Tags;

namespace GraphApi.Telemetry;

/// <summary>
/// One client span and one measurement per Pinterest call as it goes on the wire (inside the retries, the 401 refresh
/// and the per-request concurrency gate, so each attempt Pinterest sees is one span, as the sandbox counts them). It is
/// the only span for the call: HttpClient's own instrumentation skips requests that carry a <see cref="PinterestRequestTag"/>,
/// so a call is not traced twice. Tags come from the tag (operationId, route template: no ids) and the answer's
/// headers; never the URL, a header value other than Pinterest's request id and remaining quota, or a body.
/// </summary>
internal sealed class PinterestCallTelemetryHandler(GraphApiMetrics metrics) : DelegatingHandler
{
    private const string RequestIdHeader = PinterestResponseHeaders.RequestId;
    private const string RemainingHeader = PinterestResponseHeaders.RateLimitRemaining;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var tag = PinterestRequestTag.Of(request);
        var activity = tag is null ? null : GraphApiTelemetry.Source.StartActivity(GraphApiTelemetry.Spans.PinterestCall, ActivityKind.Client);
        if (activity is not null)
        {
            activity.DisplayName = "pinterest " + tag!.OperationId;
            activity.SetTag(T.PinterestOperationId, tag.OperationId);
            activity.SetTag(T.HttpMethod, tag.Method);
            activity.SetTag(T.UrlTemplate, tag.RouteTemplate);
            activity.SetTag(T.PinterestRateLimitCategory, tag.RateLimitCategory);
        }

        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await base.SendAsync(request, cancellationToken);
            var status = (int)response.StatusCode;
            if (tag is not null && metrics.UpstreamEnabled)
            {
                metrics.UpstreamCall(tag.OperationId, StatusClass(status), null, Stopwatch.GetElapsedTime(started));
            }

            if (status == 429)
            {
                metrics.RateLimitRejected(GraphApiMetrics.RateLimitKinds.Pinterest);
            }

            if (activity is not null)
            {
                activity.SetTag(T.ServerAddress, request.RequestUri?.Host);
                activity.SetTag(T.HttpStatusCode, status);
                if (First(response, RequestIdHeader) is { } requestId)
                {
                    activity.SetTag(T.PinterestRequestId, requestId);
                }

                if (int.TryParse(First(response, RemainingHeader), NumberStyles.None, CultureInfo.InvariantCulture, out var remaining))
                {
                    activity.SetTag(T.PinterestRateLimitRemaining, remaining);
                }

                if (status >= 400)
                {
                    // The status code only: an error body can echo what was sent.
                    activity.SetTag(T.ErrorType, status.ToString(CultureInfo.InvariantCulture));
                    activity.SetStatus(ActivityStatusCode.Error);
                }
            }

            return response;
        }
        catch (Exception ex)
        {
            // The exception's type, never its message (a message may quote a URL or an answer). A cancellation is the
            // attempt's timeout or the caller going away: this handler's token cannot tell which.
            var errorType = ex is OperationCanceledException ? "canceled" : ex.GetType().Name;
            if (tag is not null && metrics.UpstreamEnabled)
            {
                metrics.UpstreamCall(tag.OperationId, "none", errorType, Stopwatch.GetElapsedTime(started));
            }

            activity?.SetTag(T.ErrorType, errorType);
            activity?.SetStatus(ActivityStatusCode.Error);
            throw;
        }
        finally
        {
            activity?.Dispose();
        }
    }

    private static string StatusClass(int status) => status switch
    {
        >= 200 and < 300 => "2xx",
        >= 300 and < 400 => "3xx",
        >= 400 and < 500 => "4xx",
        >= 500 and < 600 => "5xx",
        _ => "other",
    };

    private static string? First(HttpResponseMessage response, string header) =>
        response.Headers.TryGetValues(header, out var values) ? values.FirstOrDefault() : null;
}
