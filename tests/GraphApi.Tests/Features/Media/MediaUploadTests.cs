using GraphApi.Pinterest.Sandbox;
using GraphApi.Tests.Infrastructure;

namespace GraphApi.Tests.Features.Media;

/// <summary>Video uploads: registration and status.</summary>
[Collection(PinterestSandboxTests.Name)]
public sealed class MediaUploadTests(PinterestSandboxFixture fixture)
{
    [Fact]
    public async Task A_video_upload_is_registered_and_its_status_read()
    {
        var registered = await fixture.QueryAsync(SandboxDemoUsers.Pinner,
            "mutation { registerMediaUpload(input: { mediaType: \"video\" }) { upload { mediaId uploadUrl uploadParameters { name value } } errors { __typename } } }");
        registered.ShouldHaveNoErrors();
        var mediaId = registered.At("data.registerMediaUpload.upload.mediaId").GetString();

        var status = await fixture.QueryAsync(SandboxDemoUsers.Pinner, "query($id: ID!) { mediaUpload(mediaId: $id) { mediaId status } }", new { id = mediaId });

        status.ShouldHaveNoErrors();
        status.At("data.mediaUpload.status").GetString().ShouldNotBeNullOrEmpty();
    }
}
