using System.Net;
using GraphApi.Tests.Infrastructure;
namespace GraphApi.Tests.Sandbox.Demo;

public sealed class DemoAppTests(GraphApiFactory factory) : IClassFixture<GraphApiFactory>
{
    [Theory]
    [InlineData("/", "text/html")]
    [InlineData("/app.js", "text/javascript")]
    [InlineData("/queries.js", "text/javascript")]
    [InlineData("/styles.css", "text/css")]
    public async Task The_demo_app_is_served_in_sandbox_mode(string path, string mediaType)
    {
        using var client = factory.CreateAnonymousClient();

        using var response = await client.GetAsync(path);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe(mediaType);
    }

    [Fact]
    public async Task With_real_pinterest_there_is_no_demo_because_it_signs_in_through_the_sandbox()
    {
        using var pinterest = factory.WithSettings(
            ("Upstream:Mode", "Pinterest"),
            ("Pinterest:ClientId", "1234567"),
            ("Pinterest:ClientSecret", "configured-for-test"),
            ("Pinterest:RedirectUri", "https://gateway.example.com/integration-callback"));
        using var client = pinterest.CreateClient();

        using var demo = await client.GetAsync("/");
        using var token = await client.PostAsync("/sandbox/token", new StringContent("{\"user\":\"demo.pinner\"}", System.Text.Encoding.UTF8, "application/json"));

        demo.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        token.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
