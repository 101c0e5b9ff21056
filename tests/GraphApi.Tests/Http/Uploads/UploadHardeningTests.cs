using System.Net;
using System.Text.Json;
using GraphApi.Http.Uploads;
using GraphApi.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Tests.Http.Uploads;

/// <summary>
/// What a crowd of uploads, a second spelling of one place, and a common alias of a content type do: the process-wide
/// slot limit refuses before any body is read, index spellings cannot dodge the one-file-per-place rule, and
/// <c>image/jpg</c> is a JPEG.
/// </summary>
[Collection(UploadTests.Name)]
public sealed class UploadHardeningTests(UploadFixture fixture)
{
    private static readonly object FileMap = new Dictionary<string, string[]> { ["0"] = [UploadFixture.FilePath] };

    [Fact]
    public async Task With_every_upload_slot_taken_a_multipart_request_is_503_with_retry_after_before_its_body_is_read()
    {
        var gate = fixture.Factory.Services.GetRequiredService<UploadGate>();
        var held = new List<IDisposable>();
        while (gate.TryEnter() is { } slot)
        {
            held.Add(slot);
        }

        var calls = fixture.Counters.CountOf("pins/create");
        HttpStatusCode status;
        JsonElement body;
        string? retryAfter;
        using (var client = fixture.Client())
        using (var response = await client.SendAsync(MultipartBody.Post(MultipartBody.Create(UploadFixture.Operations("Busy"), FileMap, ("0", TestImages.Png(40), "image/png")))))
        {
            status = response.StatusCode;
            retryAfter = response.Headers.RetryAfter?.ToString();
            body = await response.ReadJsonAsync();
        }

        held.ForEach(slot => slot.Dispose());
        status.ShouldBe(HttpStatusCode.ServiceUnavailable);
        body.FirstErrorCode().ShouldBe("UPLOADS_BUSY");
        body.FirstErrorMessage().ShouldContain("GraphQL:Http:Uploads:MaxConcurrentRequests");
        retryAfter.ShouldNotBeNullOrEmpty();
        fixture.Counters.CountOf("pins/create").ShouldBe(calls);
        fixture.TempFiles().ShouldBe(0);

        // The slots are back, and each finished request gives its own back: more requests than slots, one by one.
        held.Count.ShouldBeGreaterThan(0);
        for (var i = 0; i <= held.Count; i++)
        {
            var (okStatus, okBody) = await SendRawAsync(MultipartBody.Create(UploadFixture.Operations($"After busy {i}"), FileMap, ("0", TestImages.Png(41), "image/png")));
            okStatus.ShouldBe(HttpStatusCode.OK, okBody.GetRawText());
        }
    }

    [Theory]
    [InlineData("00.variables.input.mediaSource.imageUpload.file")]
    [InlineData("+0.variables.input.mediaSource.imageUpload.file")]
    public async Task A_batch_index_spelled_another_way_is_400(string path)
    {
        var operations = new[] { UploadFixture.Operations("Spelled") };
        var map = new Dictionary<string, string[]> { ["0"] = [path] };
        var calls = fixture.Counters.CountOf("pins/create");

        var (status, body) = await SendRawAsync(MultipartBody.Create(operations, map, ("0", TestImages.Png(42), "image/png")));

        status.ShouldBe(HttpStatusCode.BadRequest);
        body.FirstErrorCode().ShouldBe("INVALID_REQUEST");
        body.FirstErrorMessage().ShouldContain("a path starts with the operation's index");
        fixture.Counters.CountOf("pins/create").ShouldBe(calls);
    }

    [Theory]
    [InlineData("image/jpg")]
    [InlineData("image/pjpeg")]
    public async Task A_jpeg_declared_with_a_common_alias_is_sent_as_image_jpeg(string declared)
    {
        var before = fixture.Creates.Count;

        var (status, body) = await SendRawAsync(MultipartBody.Create(UploadFixture.Operations("Alias"), FileMap, ("0", TestImages.Jpeg(9), declared)));

        status.ShouldBe(HttpStatusCode.OK);
        body.At("data.createPin.errors").GetArrayLength().ShouldBe(0, body.GetRawText());
        fixture.Creates.ToArray()[before..].ShouldHaveSingleItem().Body["media_source"]!["content_type"]!.GetValue<string>().ShouldBe("image/jpeg");
    }

    private async Task<(HttpStatusCode Status, JsonElement Body)> SendRawAsync(HttpContent content)
    {
        using var client = fixture.Client();
        using (content)
        {
            using var response = await client.SendAsync(MultipartBody.Post(content));
            return (response.StatusCode, await response.ReadJsonAsync());
        }
    }
}
