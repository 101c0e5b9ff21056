using System.Net;
using System.Net.Http.Headers;
using GraphApi.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GraphApi.Tests.Ide;

public sealed class IdeTests(GraphApiFactory factory) : IClassFixture<GraphApiFactory>
{
    private readonly HttpClient _browser = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Fact]
    public async Task A_browser_opening_the_endpoint_is_sent_to_the_ide()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,*/*;q=0.8");

        using var response = await _browser.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldBe("/graphql/ui/");
    }

    [Fact]
    public async Task The_ui_path_without_a_slash_redirects_once()
    {
        using var response = await _browser.GetAsync("/graphql/ui");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldBe("/graphql/ui/");
    }

    [SkippableFact]
    public async Task The_ide_page_and_its_license_are_served_from_the_npm_package()
    {
        Skip.IfNot(AssetsInstalled, "npm did not restore the IDE package (no npm on PATH)");

        using var page = await _browser.GetAsync("/graphql/ui/");
        using var license = await _browser.GetAsync("/graphql/ui/LICENSE");

        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        (await page.Content.ReadAsStringAsync()).ShouldContain("<!doctype html>");
        license.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await license.Content.ReadAsStringAsync()).ShouldContain("ChilliCream");
    }

    [Fact]
    public async Task The_config_points_at_the_endpoint_with_telemetry_off_and_a_working_demo_token()
    {
        using var sandbox = factory.WithSettings(("Authentication:SigningKey", ""), ("Authentication:Issuer", ""));
        using var anonymous = sandbox.CreateClient();
        anonymous.DefaultRequestHeaders.Authorization = null;

        var config = await (await anonymous.GetAsync("/graphql/ui/bcp-config.json")).ReadJsonAsync();
        config.GetProperty("endpoint").GetString().ShouldBe("/graphql");
        config.GetProperty("disableTelemetry").GetBoolean().ShouldBeTrue();
        config.GetProperty("title").GetString().ShouldBe("GraphApi");
        var authorization = config.GetProperty("httpHeaders").GetProperty("Authorization").GetString()!;

        anonymous.DefaultRequestHeaders.Authorization = AuthenticationHeaderValue.Parse(authorization);
        using var query = await anonymous.SendAsync(GraphQLHttp.PostQuery("{ gateway { name } }"));
        query.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task With_an_identity_provider_the_config_carries_no_token()
    {
        using var oidc = factory.WithSettings(("Authentication:SigningKey", ""), ("Authentication:Issuer", ""), ("Authentication:Authority", "https://id.example.com/"));
        using var client = oidc.CreateClient();

        var config = await (await client.GetAsync("/graphql/ui/bcp-config.json")).ReadJsonAsync();

        config.TryGetProperty("httpHeaders", out _).ShouldBeFalse();
    }

    [Fact]
    public async Task Without_the_assets_the_ide_route_explains_how_to_install_them()
    {
        using var missing = factory.WithSettings(("Ide:AssetsPath", "no-such-folder"));
        using var client = missing.CreateClient();

        using var response = await client.GetAsync("/graphql/ui/");

        response.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        (await response.Content.ReadAsStringAsync()).ShouldContain("npm ci");
    }

    private static bool AssetsInstalled =>
        File.Exists(RepositoryRoot.Combine("src", "GraphApi", "Ide", "node_modules", "@chillicream", "bananacakepop-graphql-ide", "index.html"));
}
