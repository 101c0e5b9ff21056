using System.Net;
using GraphApi.Pinterest.Sandbox.Tests.Infrastructure;

namespace GraphApi.Pinterest.Sandbox.Tests.Api;

public sealed class RoutingTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    [Fact]
    public async Task Unserved_v5_routes_answer_with_a_pinterest_error_body()
    {
        using var client = await fixture.Host.ClientForAsync(SandboxDemoUsers.Pinner, Scopes.All);

        // A real v5 operation (GET /integrations/commerce/{id}, in the spec) that the sandbox does not emulate.
        using var response = await client.GetAsync(new Uri("v5/integrations/commerce/123", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.JsonAsync()).Code().ShouldBe(404);
    }

    [Fact]
    public async Task Every_response_carries_a_request_id()
    {
        using var client = await fixture.Host.ClientForAsync(SandboxDemoUsers.Pinner, Scopes.All);

        using var response = await client.GetAsync(new Uri("v5/user_account", UriKind.Relative));

        response.Headers.GetValues("x-pinterest-rid").Single().ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task Image_urls_follow_the_host_and_path_base_of_the_request()
    {
        using var client = await fixture.Host.ClientForAsync(SandboxDemoUsers.Pinner, Scopes.All);
        client.DefaultRequestHeaders.Host = "gateway.example:8443";

        var account = await client.GetJsonAsync("v5/user_account");

        account["profile_image"]!.GetValue<string>().ShouldStartWith("http://gateway.example:8443/sandbox/pinterest/media/img/150x150/");
    }
}
