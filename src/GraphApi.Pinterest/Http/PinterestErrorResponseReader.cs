using System.Globalization;
using System.Net;
using System.Text.Json;
using GraphApi.Pinterest.Errors;

namespace GraphApi.Pinterest.Http;

/// <summary>The one place where a failed response becomes a typed exception.</summary>
internal static class PinterestErrorResponseReader
{
    private const int TrialAccessCode = 29;
    private const int InsufficientScopeCode = 3;
    private const int NotAuthorizedToResourceCode = 7;
    private const int MaxMessageLength = 500;

    public static PinterestApiException FromResponse(HttpResponseMessage response, string body, PinterestOperation operation, IReadOnlyCollection<string?> secrets)
    {
        var parsed = ErrorBody.Parse(body);
        var status = response.StatusCode;
        var info = new PinterestErrorInfo(status, parsed?.Code, RequestId(response), operation.OperationId, PinterestRateLimit.FromHeaders(response.Headers));
        var message = Redact(Describe(operation, status, parsed, info.RequestId), secrets);

        return ((int)status, parsed?.Code) switch
        {
            (401 or 403, TrialAccessCode) => new PinterestTrialAccessException(message, info),
            (401 or 403, InsufficientScopeCode) => new PinterestInsufficientScopeException(message, info),

            // Code 7 (no access to that board or Pin) also comes as a 401, but the token is fine: re-consent would not help.
            (401, NotAuthorizedToResourceCode) => new PinterestApiException(message, info),
            (401, _) => new PinterestAuthenticationException(message, info),
            (404, _) => new PinterestNotFoundException(message, info),
            (409, _) => new PinterestConflictException(message, info),
            (429, _) => new PinterestRateLimitedException(message, info, operation.RateLimitCategory, parsed?.IsSpam == true),
            ( >= 500, _) => new PinterestUpstreamException(message, info),
            (_, null) => new PinterestUpstreamException(message, info),
            _ => new PinterestApiException(message, info),
        };
    }

    public static PinterestUpstreamException Unreachable(PinterestOperation operation, HttpStatusCode? status, string reason, Exception inner) =>
        new($"Pinterest {operation.OperationId} failed: {reason}.", new PinterestErrorInfo(status, null, null, operation.OperationId, null), inner);

    public static string? RequestId(HttpResponseMessage response) =>
        response.Headers.TryGetValues(PinterestResponseHeaders.RequestId, out var values) ? values.FirstOrDefault() : null;

    private static string Describe(PinterestOperation operation, HttpStatusCode status, ErrorBody? body, string? requestId)
    {
        var code = body?.Code is { } value ? string.Create(CultureInfo.InvariantCulture, $" (code {value})") : string.Empty;
        var text = body?.Message ?? "the error body was missing or not Pinterest's {code, message} shape";
        if (text.Length > MaxMessageLength)
        {
            text = text[..MaxMessageLength];
        }

        var rid = requestId is null ? string.Empty : $" Request id: {requestId}.";
        return string.Create(CultureInfo.InvariantCulture, $"Pinterest {operation.OperationId} returned HTTP {(int)status}{code}: {text}{rid}");
    }

    // Pinterest's messages are server text; a token must never leak through them into logs.
    private static string Redact(string text, IReadOnlyCollection<string?> secrets) =>
        secrets.Where(s => !string.IsNullOrEmpty(s)).Aggregate(text, (current, secret) => current.Replace(secret!, "[redacted]", StringComparison.Ordinal));

    private sealed record ErrorBody(int Code, string? Message, bool IsSpam)
    {
        public static ErrorBody? Parse(string body)
        {
            try
            {
                using var document = JsonDocument.Parse(body);
                var root = document.RootElement;
                if (root.ValueKind != JsonValueKind.Object
                    || !root.TryGetProperty("code", out var code) || code.ValueKind != JsonValueKind.Number || !code.TryGetInt32(out var number))
                {
                    return null;
                }

                var message = root.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
                var detail = root.TryGetProperty("message_detail", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString() : null;
                return new ErrorBody(number, message, detail?.Contains("spam", StringComparison.OrdinalIgnoreCase) == true);
            }
            catch (JsonException)
            {
                return null;
            }
        }
    }
}
