using System.Net;
using GraphApi.Tests.Infrastructure;
namespace GraphApi.Tests.Hosting.Health;

public sealed class HealthTests(GraphApiFactory factory) : IClassFixture<GraphApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_endpoints_answer_healthy(string path)
    {
        using var response = await _client.GetAsync(path);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldBe("Healthy");
    }
}
