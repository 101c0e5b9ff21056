using GraphApi.Tests.Infrastructure;
using Newtonsoft.Json.Linq;
using Snapshooter.Xunit;

namespace GraphApi.Tests.Http;

/// <summary>
/// The exact status, media type and body of each refusal, as a snapshot: clients parse these, so any change
/// to wording or codes shows up in review.
/// </summary>
public sealed class ErrorShapeSnapshotTests(GraphApiFactory factory) : IClassFixture<GraphApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Refusals_keep_their_shape()
    {
        var cases = new (string Name, Func<HttpRequestMessage> Request)[]
        {
            ("invalid JSON", () => GraphQLHttp.Post("{ \"not a JSON")),
            ("missing query", () => GraphQLHttp.Post("{\"qeury\":\"{ __typename }\"}")),
            ("text/plain", () => GraphQLHttp.Post("{}", contentType: "text/plain")),
            ("GET mutation", () => new HttpRequestMessage(HttpMethod.Get, "/graphql?query=mutation%7B__typename%7D")),
            ("validation, graphql-response+json", () => GraphQLHttp.PostQuery("{ nope }", accept: GraphQLHttp.GraphQLResponse)),
            ("parse, application/json", () => GraphQLHttp.PostQuery("{", accept: "application/json")),
            ("variable coercion, graphql-response+json", () => GraphQLHttp.Post(
                "{\"query\":\"query Q($s: Boolean!) { gateway @include(if: $s) { name } }\",\"variables\":{\"s\":null}}", accept: GraphQLHttp.GraphQLResponse)),
        };

        var observed = new List<object>();
        foreach (var (name, create) in cases)
        {
            using var request = create();
            using var response = await _client.SendAsync(request);
            observed.Add(new
            {
                Case = name,
                Status = (int)response.StatusCode,
                ContentType = response.Content.Headers.ContentType?.ToString(),
                Body = JToken.Parse(await response.Content.ReadAsStringAsync()),
            });
        }

        Snapshot.Match(observed);
    }
}
