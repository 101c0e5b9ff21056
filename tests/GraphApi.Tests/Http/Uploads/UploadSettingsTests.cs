using System.Net;
using GraphApi.Tests.Infrastructure;

namespace GraphApi.Tests.Http.Uploads;

/// <summary>Uploads switched off: a multipart body is one more unsupported media type.</summary>
public sealed class UploadSettingsTests(GraphApiFactory factory) : IClassFixture<GraphApiFactory>
{
    [Fact]
    public async Task With_uploads_off_a_multipart_request_is_415()
    {
        using var off = factory.WithSettings(("GraphQL:Http:Uploads:Enabled", "false"));
        using var client = off.CreateClient();
        using var content = MultipartBody.Create(new { query = "{ __typename }" }, new { });

        using var response = await client.SendAsync(MultipartBody.Post(content));

        response.StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
        (await response.ReadJsonAsync()).FirstErrorCode().ShouldBe("UNSUPPORTED_MEDIA_TYPE");
    }

    [Fact]
    public async Task With_uploads_on_a_multipart_query_without_files_runs()
    {
        using var client = factory.CreateClient();
        using var content = MultipartBody.Create(new { query = "{ __typename }" }, new { });

        using var response = await client.SendAsync(MultipartBody.Post(content));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.ReadJsonAsync()).GetProperty("data").GetProperty("__typename").GetString().ShouldBe("Query");
    }

    [Fact]
    public async Task The_preflight_header_requirement_can_be_switched_off()
    {
        using var lenient = factory.WithSettings(("GraphQL:Http:Uploads:RequirePreflightHeader", "false"));
        using var anonymous = lenient.CreateClient();
        anonymous.DefaultRequestHeaders.Authorization = null;
        using var content = MultipartBody.Create(new { query = "{ __typename }" }, new { });

        using var response = await anonymous.SendAsync(MultipartBody.Post(content));

        // Past the CSRF check, the anonymous caller meets the usual 401.
        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
