using System.Diagnostics;
using OpenTelemetry;

namespace GraphApi.Telemetry;

/// <summary>
/// Runs before every exporter: drops <c>url.query</c> and the query part of <c>url.full</c> from every span, whatever
/// instrumentation set them. The 1.20 instrumentations replace query values with "Redacted" by default; this keeps even
/// the parameter names of <c>/integration-callback?code=…&amp;state=…</c> out, and holds if a later package version, an
/// environment variable (<c>OTEL_DOTNET_EXPERIMENTAL_*_DISABLE_URL_QUERY_REDACTION</c>) or another instrumentation
/// would let them through.
/// </summary>
internal sealed class TelemetryRedactionProcessor : BaseProcessor<Activity>
{
    public const string UrlQuery = "url.query";
    public const string UrlFull = "url.full";

    public override void OnEnd(Activity data)
    {
        if (data.GetTagItem(UrlQuery) is not null)
        {
            data.SetTag(UrlQuery, null);
        }

        if (data.GetTagItem(UrlFull) is string full && full.IndexOfAny(['?', '#']) is var cut and >= 0)
        {
            data.SetTag(UrlFull, full[..cut]);
        }
    }
}
