using System.Net;
using GraphApi.Tests.Infrastructure;
namespace GraphApi.Tests.Http;

public sealed class GraphQLEndpointTests(GraphApiFactory factory) : IClassFixture<GraphApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Post_query_answers_data_as_application_json_by_default()
    {
        using var response = await _client.SendAsync(GraphQLHttp.PostQuery("{ gateway { name upstream } }"));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.ToString().ShouldBe("application/json; charset=utf-8");
        var body = await response.ReadJsonAsync();
        body.GetProperty("data").GetProperty("gateway").GetProperty("name").GetString().ShouldBe("GraphApi");
        body.GetProperty("data").GetProperty("gateway").GetProperty("upstream").GetString().ShouldBe("SANDBOX");
    }

    [Fact]
    public async Task Get_query_with_url_encoded_variables_runs()
    {
        var url = "/graphql?query=" + Uri.EscapeDataString("query Q($s: Boolean!) { gateway @include(if: $s) { name } }") +
                  "&variables=" + Uri.EscapeDataString("{\"s\":true}") + "&operationName=Q";

        using var response = await _client.GetAsync(url);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.ReadJsonAsync()).GetProperty("data").GetProperty("gateway").GetProperty("name").GetString().ShouldBe("GraphApi");
    }

    [Theory]
    [InlineData("mutation { __typename }", null)]
    [InlineData("query A { __typename } mutation B { __typename }", "B")]
    public async Task Get_mutation_is_405_with_allow_post(string query, string? operationName)
    {
        var url = "/graphql?query=" + Uri.EscapeDataString(query) + (operationName is null ? "" : "&operationName=" + operationName);

        using var response = await _client.GetAsync(url);

        response.StatusCode.ShouldBe(HttpStatusCode.MethodNotAllowed);
        response.Content.Headers.Allow.ShouldBe(["POST"]);
        (await response.ReadJsonAsync()).FirstErrorCode().ShouldBe("METHOD_NOT_ALLOWED");
    }

    [Fact]
    public async Task Other_methods_are_405_with_allow_get_and_post()
    {
        using var response = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Put, "/graphql"));

        response.StatusCode.ShouldBe(HttpStatusCode.MethodNotAllowed);
        response.Content.Headers.Allow.ShouldBe(["GET", "POST"]);
    }

    [Fact]
    public async Task Invalid_json_is_400()
    {
        using var response = await _client.SendAsync(GraphQLHttp.Post("{ \"not a JSON"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ReadJsonAsync()).FirstErrorCode().ShouldBe("INVALID_JSON");
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/json; charset=latin1")]
    public async Task Unsupported_content_type_is_415(string contentType)
    {
        using var response = await _client.SendAsync(GraphQLHttp.Post("{\"query\":\"{ __typename }\"}", contentType: contentType));

        response.StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
        (await response.ReadJsonAsync()).FirstErrorCode().ShouldBe("UNSUPPORTED_MEDIA_TYPE");
    }

    [Fact]
    public async Task Unacceptable_accept_is_406()
    {
        using var response = await _client.SendAsync(GraphQLHttp.PostQuery("{ __typename }", accept: "text/html"));

        response.StatusCode.ShouldBe(HttpStatusCode.NotAcceptable);
    }

    [Theory]
    [InlineData("{\"query\": 1}", "\"query\" of type number")]
    [InlineData("{\"query\": \"{ __typename }\", \"variables\": []}", "\"variables\" of type array")]
    [InlineData("{\"query\": \"{ __typename }\", \"operationName\": false}", "\"operationName\" of type boolean")]
    [InlineData("{\"qeury\": \"{ __typename }\"}", "no \"query\" parameter")]
    [InlineData("", "The request body is empty")]
    public async Task Invalid_parameters_are_400_with_a_precise_message(string body, string expected)
    {
        using var response = await _client.SendAsync(GraphQLHttp.Post(body));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ReadJsonAsync()).FirstErrorMessage().ShouldContain(expected);
    }

    [Fact]
    public async Task Batch_answers_an_array_in_order()
    {
        using var response = await _client.SendAsync(GraphQLHttp.Post(
            "[{\"query\":\"{ __typename }\"},{\"query\":\"{ gateway { name } }\"},{\"query\":\"{ nope }\"}]"));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await response.ReadJsonAsync();
        body.GetArrayLength().ShouldBe(3);
        body[0].GetProperty("data").GetProperty("__typename").GetString().ShouldBe("Query");
        body[1].GetProperty("data").GetProperty("gateway").GetProperty("name").GetString().ShouldBe("GraphApi");
        body[2].FirstErrorCode().ShouldBe("FIELDS_ON_CORRECT_TYPE");
    }

    [Fact]
    public async Task Batch_over_the_limit_is_400_and_runs_nothing()
    {
        var body = "[" + string.Join(',', Enumerable.Repeat("{\"query\":\"{ __typename }\"}", 11)) + "]";

        using var response = await _client.SendAsync(GraphQLHttp.Post(body));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var json = await response.ReadJsonAsync();
        json.FirstErrorCode().ShouldBe("BATCH_TOO_LARGE");
        json.FirstErrorMessage().ShouldBe("The batch holds 11 requests; the limit is 10. Split it into smaller batches.");
    }

    [Fact]
    public async Task Empty_batch_is_400()
    {
        using var response = await _client.SendAsync(GraphQLHttp.Post("[]"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Utf8_names_survive_the_round_trip()
    {
        using var response = await _client.SendAsync(GraphQLHttp.PostQuery("{ __type(name: \"Run🏃Swim🏊\") { name } }"));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.ReadJsonAsync()).GetProperty("data").GetProperty("__type").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
    }

    [Fact]
    public async Task Apostrophes_are_not_escaped_in_responses()
    {
        using var response = await _client.SendAsync(GraphQLHttp.PostQuery("{ nope }"));

        var text = await response.Content.ReadAsStringAsync();
        text.ShouldContain("Cannot query field 'nope' on type 'Query'.");
    }
}
