using GraphApi.Pinterest.Sandbox;
using GraphApi.Tests.Infrastructure;

namespace GraphApi.Tests.Features.Boards;

/// <summary>A board's counts and media fields.</summary>
[Collection(PinterestSandboxTests.Name)]
public sealed class BoardMediaTests(PinterestSandboxFixture fixture)
{
    [Fact]
    public async Task Board_counts_and_media_fields()
    {
        var body = await fixture.QueryAsync(SandboxDemoUsers.Business,
            """{ board(id: "91000000000000008") { privacy isAdsOnly followerCount collaboratorCount pinsModifiedAt pinThumbnailUrls description } }""");

        body.ShouldHaveNoErrors();
        body.At("data.board.privacy").GetString().ShouldBe("PROTECTED");
        body.At("data.board.isAdsOnly").GetBoolean().ShouldBeTrue();
        body.At("data.board.followerCount").GetInt32().ShouldBeGreaterThanOrEqualTo(0);
    }
}
