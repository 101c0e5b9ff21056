using GraphApi.Pinterest.Media;
using GraphApi.Pinterest.Pagination;
using GraphApi.Pinterest.Tests.Infrastructure;

namespace GraphApi.Pinterest.Tests.Clients;

public sealed class MediaClientTests : IDisposable
{
    private readonly PinterestTestHost _host = new();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task RegisterUploadAsync_posts_video_and_reads_upload_parameters_verbatim()
    {
        _host.Respond(201, """{"media_id":"12","media_type":"video","upload_url":"https://upload.test/","upload_parameters":{"x-amz-date":"20250101","Content-Type":"multipart/form-data","key":"k"}}""");

        var upload = await _host.Client.Media.RegisterUploadAsync();

        _host.Single.ShouldBe("POST", "/v5/media");
        _host.Single.ShouldHaveJsonBody("""{"media_type":"video"}""");
        upload.MediaId.ShouldBe("12");
        upload.UploadParameters!["x-amz-date"].ShouldBe("20250101");
        upload.UploadParameters["Content-Type"].ShouldBe("multipart/form-data");
    }

    [Fact]
    public async Task GetAsync_reads_the_status()
    {
        _host.Respond(200, """{"media_id":"12","media_type":"video","status":"succeeded"}""");

        var media = await _host.Client.Media.GetAsync("12");

        _host.Single.ShouldBe("GET", "/v5/media/12");
        media.Status.ShouldBe(MediaUploadStatus.Succeeded);
    }

    [Fact]
    public async Task ListAsync_pages_uploads()
    {
        _host.Respond(200, """{"items":[{"media_id":"12","media_type":"video","status":"processing"}],"bookmark":null}""");

        var page = await _host.Client.Media.ListAsync(new PageRequest(5));

        _host.Single.ShouldBe("GET", "/v5/media");
        _host.Single.ShouldHaveQuery(("page_size", "5"));
        page.Items.ShouldHaveSingleItem().Status.ShouldBe(MediaUploadStatus.Processing);
    }
}
