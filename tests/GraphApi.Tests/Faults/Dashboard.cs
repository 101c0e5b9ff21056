using System.Text.Json;
using GraphApi.Tests.Infrastructure;
namespace GraphApi.Tests.Faults;

/// <summary>
/// A dashboard-shaped query: the profile (user_account/get) and seven independent lists and reports under it, each
/// one Pinterest operation. Faults are aimed at the lists so the profile itself stays up and partial data is visible.
/// </summary>
internal static class Dashboard
{
    public const string Query = """
        {
          me {
            username
            boards(first: 5) { nodes { name } }
            pins(first: 5) { nodes { id } }
            followers(first: 5) { nodes { username } }
            following(first: 5) { nodes { username } }
            websites(first: 5) { nodes { website } }
            analytics { summary { __typename } }
            topPins(first: 3) { pinterestId }
          }
        }
        """;

    /// <summary>Field under <c>me</c> → the operationId that serves it.</summary>
    public static IReadOnlyDictionary<string, string> Fields { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["boards"] = "boards/list",
        ["pins"] = "pins/list",
        ["followers"] = "followers/list",
        ["following"] = "user_following/get",
        ["websites"] = "user_websites/get",
        ["analytics"] = "user_account/analytics",
        ["topPins"] = "user_account/analytics/top_pins",
    };

    public static IReadOnlyList<string> Operations => [.. Fields.Values];

    /// <summary>
    /// For requests sent concurrently on a shared 2-core machine: the whole operation may also have been stopped by
    /// the execution timeout (TIMEOUT, no data) — allowed, it is the promise "never past the timeout" — otherwise
    /// <see cref="ShouldBePartial"/> holds. Null when it timed out.
    /// </summary>
    public static IReadOnlyList<string>? ShouldBePartialOrTimedOut(JsonElement body, params string[] allowedCodes)
    {
        if (!body.TryGetProperty("data", out _) && body.TryGetProperty("errors", out var errors)
            && errors.GetArrayLength() == 1 && errors[0].At("extensions.code").GetString() == "TIMEOUT")
        {
            return null;
        }

        return ShouldBePartial(body, allowedCodes);
    }

    /// <summary>
    /// The partial-data contract: every error names a dashboard field and carries one of <paramref name="allowedCodes"/>;
    /// that field is null; every field without an error is present. Returns the failed fields.
    /// </summary>
    public static IReadOnlyList<string> ShouldBePartial(JsonElement body, params string[] allowedCodes)
    {
        (body.TryGetProperty("data", out var data) && data.TryGetProperty("me", out var me) && me.ValueKind == JsonValueKind.Object)
            .ShouldBeTrue("the profile must be present: " + body);
        var failed = new List<string>();
        if (body.TryGetProperty("errors", out var errors))
        {
            foreach (var error in errors.EnumerateArray())
            {
                error.At("extensions.code").GetString().ShouldBeOneOf(allowedCodes);
                var path = error.GetProperty("path");
                path[0].GetString().ShouldBe("me");
                var field = path[1].GetString()!;
                Fields.ShouldContainKey(field);
                failed.Add(field);
            }
        }

        foreach (var field in Fields.Keys)
        {
            var kind = body.At("data.me." + field).ValueKind;
            if (failed.Contains(field))
            {
                kind.ShouldBe(JsonValueKind.Null, field);
            }
            else
            {
                kind.ShouldNotBe(JsonValueKind.Null, field + " has no error, so it must be present: " + body);
            }
        }

        return failed;
    }
}
