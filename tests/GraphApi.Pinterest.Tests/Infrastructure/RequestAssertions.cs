using System.Text.Json.Nodes;

namespace GraphApi.Pinterest.Tests.Infrastructure;

internal static class RequestAssertions
{
    public static void ShouldBe(this RecordedRequest request, string method, string path)
    {
        request.Method.ShouldBe(method);
        request.Path.ShouldBe(path);
        request.Header("Authorization").ShouldBe($"Bearer {PinterestTestHost.AccessToken}");
    }

    public static void ShouldHaveQuery(this RecordedRequest request, params (string Name, string Value)[] expected) =>
        request.Query.Select(p => (p.Key, p.Value)).OrderBy(p => p.Key, StringComparer.Ordinal).ThenBy(p => p.Value, StringComparer.Ordinal)
            .ShouldBe(expected.OrderBy(p => p.Name, StringComparer.Ordinal).ThenBy(p => p.Value, StringComparer.Ordinal));

    public static void ShouldHaveJsonBody(this RecordedRequest request, string expectedJson)
    {
        request.Header("Content-Type")!.ShouldStartWith("application/json");
        JsonNode.DeepEquals(request.JsonBody(), JsonNode.Parse(expectedJson)).ShouldBeTrue($"body was {request.Body}");
    }
}
