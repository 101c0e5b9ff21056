using Microsoft.Extensions.Options;

namespace GraphApi.Telemetry;

/// <summary>Messages name the setting and never echo its value (an endpoint URL may carry credentials).</summary>
internal sealed class TelemetryOptionsValidator : IValidateOptions<TelemetryOptions>
{
    public const int MaxServiceNameLength = 100;

    public ValidateOptionsResult Validate(string? name, TelemetryOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.ServiceName) || options.ServiceName.Length > MaxServiceNameLength)
        {
            failures.Add($"{TelemetryOptions.SectionName}:ServiceName must be 1-{MaxServiceNameLength} characters.");
        }

        if (!string.IsNullOrWhiteSpace(options.Otlp.Endpoint) && !IsEndpoint(options.Otlp.Endpoint))
        {
            failures.Add($"{TelemetryOptions.SectionName}:Otlp:Endpoint must be an absolute http or https URL without user info (put credentials in OTEL_EXPORTER_OTLP_HEADERS).");
        }

        if (!Enum.IsDefined(options.Otlp.Protocol))
        {
            failures.Add($"{TelemetryOptions.SectionName}:Otlp:Protocol must be Grpc or HttpProtobuf.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    public static bool IsEndpoint(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) &&
        (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) &&
        string.IsNullOrEmpty(uri.UserInfo);
}
