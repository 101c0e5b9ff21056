using System.Text.Json.Serialization;

namespace GraphApi.Bench.StaticUpstream;

/// <summary>Source-generated, snake_case like Pinterest; image size keys ("400x300") are dictionary keys and stay as they are.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(Account))]
[JsonSerializable(typeof(Page<Board>))]
[JsonSerializable(typeof(Page<Pin>))]
[JsonSerializable(typeof(Pin))]
[JsonSerializable(typeof(Board))]
[JsonSerializable(typeof(Dictionary<string, Dictionary<string, PinAnalyticsMetrics>>))]
[JsonSerializable(typeof(Dictionary<string, PinAnalyticsMetrics>))]
[JsonSerializable(typeof(OAuthToken))]
[JsonSerializable(typeof(PinterestError))]
[JsonSerializable(typeof(CallReport))]
internal sealed partial class UpstreamJsonContext : JsonSerializerContext;
