using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using GraphApi.Bench.StaticUpstream;
using GraphApi.Pinterest.Tests.OpenApi;

namespace GraphApi.Bench.Tests;

/// <summary>Every body the static upstream serves validates against the success schema of its operation in Pinterest's OpenAPI file.</summary>
[Collection(BenchHarnessDefinition.Name)]
public sealed class StaticUpstreamConformanceTests(BenchHarness harness)
{
    private const string Pins = "/v5/boards/200000000000000001/pins";

    public static TheoryData<string, string> Reads => new()
    {
        { "user_account/get", "/v5/user_account" },
        { "boards/list", "/v5/boards" },
        { "boards/list", "/v5/boards?page_size=25&bookmark=25" },
        { "boards/get", "/v5/boards/200000000000000001" },
        { "boards/list_pins", Pins + "?page_size=10" },
        { "multi_pins/analytics", "/v5/pins/analytics?pin_ids=300000000000000001&pin_ids=300000000000001002&start_date=2026-11-01&end_date=2026-12-01&app_types=ALL&metric_types=IMPRESSION,SAVE" },
        { "pins/analytics", "/v5/pins/300000000000000001/analytics?start_date=2026-11-01&end_date=2026-12-01&metric_types=IMPRESSION,OUTBOUND_CLICK,PIN_CLICK,SAVE" },
    };

    [Theory]
    [MemberData(nameof(Reads))]
    public async Task Reads_answer_spec_valid_bodies(string operationId, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", BenchCredentials.AccessToken);

        using var response = await harness.Upstream.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync());
        Problems(operationId, body).ShouldBeEmpty();
        body!.ToJsonString().Length.ShouldBeGreaterThan(50);
    }

    [Fact]
    public async Task Create_pin_answers_201_with_a_spec_valid_pin()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/v5/pins", UriKind.Relative))
        {
            Content = new StringContent("""{"board_id":"200000000000000001","media_source":{"source_type":"image_url","url":"https://bench.example/a.jpg"}}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", BenchCredentials.AccessToken);

        using var response = await harness.Upstream.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        Problems("pins/create", JsonNode.Parse(await response.Content.ReadAsStringAsync())).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("grant_type=authorization_code&code=any-code&redirect_uri=http%3A%2F%2Flocalhost%2Fcb", "authorization_code")]
    [InlineData("grant_type=refresh_token&refresh_token=" + BenchCredentials.RefreshToken, "refresh_token")]
    public async Task The_token_endpoint_answers_spec_valid_token_sets(string form, string responseType)
    {
        using var response = await PostTokenAsync(form, BenchCredentials.ClientSecret);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Problems(responseType == "refresh_token" ? "OauthAccessTokenResponseRefresh" : "OauthAccessTokenResponseCode", body, schemaName: true).ShouldBeEmpty();
        body["access_token"]!.GetValue<string>().ShouldBe(BenchCredentials.AccessToken);
        body["response_type"]!.GetValue<string>().ShouldBe(responseType);
        body["scope"]!.GetValue<string>().Split(',').ShouldContain("pins:write");
    }

    [Fact]
    public void The_schema_check_can_fail_a_misspelt_field()
    {
        var pin = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(BenchData.CreatedPin, UpstreamJsonContext.Default.Pin))!.AsObject();
        Problems("pins/create", pin).ShouldBeEmpty();

        pin["titel"] = "misspelt";

        Problems("pins/create", pin).ShouldNotBeEmpty();
    }

    internal Task<HttpResponseMessage> PostTokenAsync(string form, string secret)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/v5/oauth/token", UriKind.Relative))
        {
            Content = new StringContent(form, Encoding.UTF8, "application/x-www-form-urlencoded"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{BenchCredentials.ClientId}:{secret}")));
        return harness.Upstream.SendAsync(request);
    }

    private static IReadOnlyList<string> Problems(string operationOrSchema, JsonNode? body, bool schemaName = false)
    {
        var schema = schemaName
            ? new JsonObject { ["$ref"] = "#/components/schemas/" + operationOrSchema }
            : OpenApiDocument.Instance.Operation(operationOrSchema).SuccessSchema!.DeepClone();
        return SchemaFactory.Problems(SchemaFactory.Build(schema), body);
    }
}
