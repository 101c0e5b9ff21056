using System.Net;
using System.Text.Json;
using GraphApi.Tests.Infrastructure;
namespace GraphApi.Tests.Http;

public sealed class RequestLimitTests(GraphApiFactory factory) : IClassFixture<GraphApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task A_1_MB_body_is_413()
    {
        using var response = await _client.SendAsync(GraphQLHttp.Post(new string('a', 1024 * 1024)));

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        (await response.ReadJsonAsync()).FirstErrorMessage().ShouldBe("The request body is larger than the limit of 262,144 bytes.");
    }

    [Fact]
    public async Task A_chunked_body_over_the_limit_is_413()
    {
        // No Content-Length: the reader must stop counting bytes itself.
        var payload = new string('a', 300 * 1024);
        using var content = new PushStreamContentWithoutLength(payload);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content };

        using var response = await _client.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task The_body_limit_is_configurable()
    {
        using var small = factory.WithSettings(("GraphQL:Http:MaxRequestBodyBytes", "2048"));
        using var client = small.CreateClient();

        using var response = await client.SendAsync(GraphQLHttp.PostQuery("{ __typename }" + new string(' ', 3000)));

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        (await response.ReadJsonAsync()).FirstErrorMessage().ShouldContain("2,048 bytes");
    }

    [Fact]
    public async Task A_document_over_the_length_limit_is_400()
    {
        var query = "{ __typename }" + new string(' ', 40_000);

        using var response = await _client.SendAsync(GraphQLHttp.PostQuery(query));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var body = await response.ReadJsonAsync();
        body.FirstErrorCode().ShouldBe("DOCUMENT_TOO_LARGE");
        body.FirstErrorMessage().ShouldBe("The GraphQL document is 40,014 characters long; the limit is 32,768.");
    }

    [Fact]
    public async Task Variables_over_the_size_limit_are_400()
    {
        var variables = new { blob = new string('x', 140_000) };

        using var response = await _client.SendAsync(GraphQLHttp.PostQuery("{ __typename }", variables));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ReadJsonAsync()).FirstErrorCode().ShouldBe("VARIABLES_TOO_LARGE");
    }

    [Fact]
    public async Task Variables_over_the_size_limit_in_a_get_are_400()
    {
        var variables = JsonSerializer.Serialize(new { blob = new string('x', 140_000) });

        using var response = await _client.GetAsync("/graphql?query=%7B__typename%7D&variables=" + Uri.EscapeDataString(variables));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ReadJsonAsync()).FirstErrorCode().ShouldBe("VARIABLES_TOO_LARGE");
    }

    [Fact]
    public async Task Repeated_get_parameters_are_400()
    {
        using var response = await _client.GetAsync("/graphql?query=%7B__typename%7D&query=%7B__typename%7D");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ReadJsonAsync()).FirstErrorMessage().ShouldContain("more than once");
    }

    private sealed class PushStreamContentWithoutLength : HttpContent
    {
        private readonly byte[] _bytes;

        public PushStreamContentWithoutLength(string text)
        {
            _bytes = System.Text.Encoding.UTF8.GetBytes(text);
            Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        }

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            for (var offset = 0; offset < _bytes.Length; offset += 8192)
            {
                await stream.WriteAsync(_bytes.AsMemory(offset, Math.Min(8192, _bytes.Length - offset)));
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
