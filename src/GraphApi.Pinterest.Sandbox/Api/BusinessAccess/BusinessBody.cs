using System.Text.Json;
using System.Text.Json.Nodes;
using GraphApi.Pinterest.Sandbox.Http;
using Microsoft.AspNetCore.Http;

namespace GraphApi.Pinterest.Sandbox.Api.BusinessAccess;

/// <summary>Reads Business Access bodies with the spec's limits: a wrong shape is a 400 code 1, as Pinterest answers.</summary>
internal static class BusinessBody
{
    public static readonly string[] MemberRoles = ["EMPLOYEE", "BIZ_ADMIN"];

    public static readonly string[] Permissions =
    [
        "ADMIN", "ANALYST", "FINANCE_MANAGER", "FINANCE_EDIT", "FINANCE_VIEW", "AUDIENCE_MANAGER", "CAMPAIGN_MANAGER",
        "CATALOGS_MANAGER", "CATALOGS_VIEWER", "PROFILE_PUBLISHER", "CONSUMER_USER",
    ];

    public static async Task<(JsonNode? Body, IResult? Error)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        try
        {
            var node = await JsonNode.ParseAsync(request.Body, cancellationToken: cancellationToken);
            return node is null ? (null, SandboxErrors.InvalidJson()) : (node, null);
        }
        catch (JsonException)
        {
            return (null, SandboxErrors.InvalidJson());
        }
    }

    /// <summary>An array of objects of 1..<paramref name="max"/> items, or null.</summary>
    public static List<JsonObject>? Objects(JsonNode? node, int max) =>
        node is JsonArray { Count: > 0 } array && array.Count <= max && array.All(i => i is JsonObject)
            ? array.Cast<JsonObject>().ToList()
            : null;

    /// <summary>An array of 1..<paramref name="max"/> strings, or null.</summary>
    public static List<string>? Strings(JsonNode? node, int max) =>
        node is JsonArray { Count: > 0 } array && array.Count <= max && array.All(i => i is JsonValue v && v.TryGetValue<string>(out _))
            ? array.Select(i => i!.GetValue<string>()).ToList()
            : null;

    public static string? Text(JsonObject item, string name) =>
        item[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    public static bool IsDigits(string? value, int max = 25) => value is { Length: > 0 } && value.Length <= max && value.All(char.IsAsciiDigit);

    public static IResult Invalid(string message) => SandboxErrors.InvalidParameters(message);

    /// <summary>
    /// The body of an asset-access update (members' and partners' alike): 1-50 <c>accesses</c>, each with digit
    /// <c>asset_id</c> and <paramref name="holderField"/> and 1-50 known permissions; null when any is not.
    /// </summary>
    public static List<JsonObject>? AccessGrants(JsonNode? body, string holderField) =>
        Objects(body?["accesses"], 50) is { } items
        && items.All(i => IsDigits(Text(i, "asset_id")) && IsDigits(Text(i, holderField)) && Strings(i["permissions"], 50) is { } p && p.All(Permissions.Contains))
            ? items
            : null;
}
