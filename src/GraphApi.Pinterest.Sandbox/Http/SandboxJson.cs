using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http;

namespace GraphApi.Pinterest.Sandbox.Http;

/// <summary>Pinterest's wire format. Kept local so the host's own JSON settings stay untouched.</summary>
internal static class SandboxJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static IResult Ok<T>(T body, int statusCode = StatusCodes.Status200OK) =>
        Results.Json(body, Options, "application/json", statusCode);

    /// <summary>Reads a JSON object body; null when the body is missing or not a JSON object.</summary>
    public static async Task<JsonObject?> ReadObjectAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        try
        {
            var node = await JsonNode.ParseAsync(request.Body, cancellationToken: cancellationToken);
            return node as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
