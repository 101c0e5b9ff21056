using System.Net;
using GraphApi.Tests.Infrastructure;
namespace GraphApi.Tests.Http;

/// <summary>The spec's status-code table: request errors are 200 under application/json, 400 without data under the new type.</summary>
public sealed class MediaTypeAndStatusTests(GraphApiFactory factory) : IClassFixture<GraphApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    public static TheoryData<string, string> RequestErrors => new()
    {
        { "parse", "{\"query\":\"{\"}" },
        { "validation", "{\"query\":\"{ 8f31403dfe404bccbb0e835f2629c6a7 }\"}" },
        { "variable coercion", "{\"query\":\"query Q($s: Boolean!) { gateway @include(if: $s) { name } }\",\"variables\":{\"s\":null}}" },
    };

    [Theory]
    [MemberData(nameof(RequestErrors))]
    public async Task Request_error_is_200_under_application_json(string kind, string body)
    {
        using var response = await _client.SendAsync(GraphQLHttp.Post(body, accept: "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.OK, kind);
        var json = await response.ReadJsonAsync();
        json.TryGetProperty("data", out _).ShouldBeFalse(kind);
        json.GetProperty("errors").GetArrayLength().ShouldBeGreaterThan(0, kind);
    }

    [Theory]
    [MemberData(nameof(RequestErrors))]
    public async Task Request_error_is_400_without_data_under_graphql_response_json(string kind, string body)
    {
        using var response = await _client.SendAsync(GraphQLHttp.Post(body, accept: GraphQLHttp.GraphQLResponse));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, kind);
        response.Content.Headers.ContentType!.MediaType.ShouldBe(GraphQLHttp.GraphQLResponse, kind);
        (await response.ReadJsonAsync()).TryGetProperty("data", out _).ShouldBeFalse(kind);
    }

    [Theory]
    [InlineData(null, "application/json")]
    [InlineData("*/*", "application/json")]
    [InlineData("application/json", "application/json")]
    [InlineData("application/graphql-response+json", "application/graphql-response+json")]
    [InlineData("application/graphql-response+json, application/json;q=0.9", "application/graphql-response+json")]
    [InlineData("application/graphql-response+json;q=0.5, application/json", "application/json")]
    [InlineData("text/html, */*;q=0.8", "application/json")]
    public async Task Response_media_type_follows_accept(string? accept, string expected)
    {
        using var response = await _client.SendAsync(GraphQLHttp.PostQuery("{ __typename }", accept: accept));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe(expected);
        response.Content.Headers.ContentType.CharSet.ShouldBe("utf-8");
    }
}
