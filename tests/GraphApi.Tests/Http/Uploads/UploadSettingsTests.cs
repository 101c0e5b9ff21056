using System.Net;
using GraphApi.Tests.Infrastructure;

namespace GraphApi.Tests.Http.Uploads;

/// <summary>The upload switches, and the temp folder's clean-up at start.</summary>
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

    [Fact]
    public void Upload_files_a_killed_process_left_behind_are_deleted_at_start()
    {
        using var fresh = new GraphApiFactory();
        var folder = Path.Combine(fresh.DataDirectory, "uploads");
        Directory.CreateDirectory(folder);
        var leftover = Path.Combine(folder, "0123456789abcdef.upload");
        var other = Path.Combine(folder, "notes.txt");
        File.WriteAllText(leftover, "half a file");
        File.WriteAllText(other, "not ours");

        using var client = fresh.CreateClient();

        File.Exists(leftover).ShouldBeFalse();
        File.Exists(other).ShouldBeTrue("only upload temp files are deleted");
    }
}
