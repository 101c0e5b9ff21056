using System.Text.Json.Serialization;

namespace GraphApi.Bench.Baseline;

/// <summary>Reads Pinterest's snake_case answers (source-generated, no reflection).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(UpstreamAccount))]
[JsonSerializable(typeof(UpstreamPage<UpstreamBoard>))]
[JsonSerializable(typeof(UpstreamPage<UpstreamPin>))]
[JsonSerializable(typeof(Dictionary<string, Dictionary<string, UpstreamPinMetrics>>))]
internal sealed partial class UpstreamJsonContext : JsonSerializerContext;

/// <summary>
/// Writes the answers with explicit GraphQL field names. The gateway's serializer uses the relaxed encoder; so does
/// this context (an instance built with those options in ScenarioEndpoints), so equal data gives equal bytes.
/// </summary>
[JsonSerializable(typeof(DataEnvelope<UserBoardsPins>))]
[JsonSerializable(typeof(DataEnvelope<Dashboard>))]
internal sealed partial class ResponseJsonContext : JsonSerializerContext;
