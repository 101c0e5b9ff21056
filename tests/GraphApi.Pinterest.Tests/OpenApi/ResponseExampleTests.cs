using System.Text.Json;
using System.Text.Json.Nodes;
using GraphApi.Pinterest.Boards;
using GraphApi.Pinterest.Errors;
using GraphApi.Pinterest.Http;
using GraphApi.Pinterest.Pins;
using GraphApi.Pinterest.Tests.Infrastructure;

namespace GraphApi.Pinterest.Tests.OpenApi;

/// <summary>Examples from the official description read into the client's types.</summary>
public sealed class ResponseExampleTests
{
    private static readonly PinterestJsonContext Json = PinterestJsonContext.Default;

    [Fact]
    public void Board_example_values_survive()
    {
        var example = ExampleGenerator.From(new JsonObject { ["$ref"] = "#/components/schemas/Board" })!.ToJsonString();

        var board = JsonSerializer.Deserialize(example, Json.Board)!;

        board.Id.ShouldBe("549755885175");
        board.Name.ShouldBe("Summer recipes");
        board.CollaboratorCount.ShouldBe(17);
        board.Privacy.ShouldBe(BoardPrivacy.Public);
        board.Media!.PinThumbnailUrls!.Count.ShouldBe(4);
        board.CreatedAt.ShouldBe(new DateTimeOffset(2022, 10, 13, 1, 40, 29, TimeSpan.Zero));
    }

    [Fact]
    public void Account_example_values_survive()
    {
        var example = ExampleGenerator.From(new JsonObject { ["$ref"] = "#/components/schemas/Account" })!.ToJsonString();

        var account = JsonSerializer.Deserialize(example, Json.Account)!;

        account.Id.ShouldBe("2783136121146311751");
        account.FollowingCount.ShouldBe(347);
        account.MonthlyViews.ShouldBe(163);
    }

    [Fact]
    public void Pin_example_keeps_its_free_form_metrics()
    {
        var example = ExampleGenerator.From(new JsonObject { ["$ref"] = "#/components/schemas/Pin" })!.ToJsonString();

        var pin = JsonSerializer.Deserialize(example, Json.Pin)!;

        pin.PinMetrics!.Value.GetProperty("90d").GetProperty("pin_click").GetInt32().ShouldBe(7);
        pin.Media.ShouldBeOfType<PinImageMedia>().Images!.Keys.ShouldBe(["1200x", "150x150", "400x300", "600x"], ignoreOrder: true);
    }

    [Theory]
    [InlineData("image", typeof(PinImageMedia))]
    [InlineData("video", typeof(PinVideoMedia))]
    [InlineData("multiple_images", typeof(PinMultipleImagesMedia))]
    [InlineData("multiple_videos", typeof(PinMultipleVideosMedia))]
    [InlineData("multiple_mixed", typeof(PinMultipleMixedMedia))]
    public void Every_pin_media_kind_reads_as_its_type(string mediaType, Type expected)
    {
        var media = ExampleGenerator.From(new JsonObject { ["$ref"] = "#/components/schemas/PinMedia" }, mediaType)!;
        var pin = new JsonObject { ["id"] = "1", ["media"] = media };

        JsonSerializer.Deserialize(pin.ToJsonString(), Json.Pin)!.Media!.GetType().ShouldBe(expected);
    }

    [Fact]
    public void An_unknown_media_type_does_not_break_the_pin()
    {
        var pin = JsonSerializer.Deserialize("""{"id":"1","creative_type":"SOMETHING_NEW","media":{"items":[],"media_type":"hologram"}}""", Json.Pin)!;

        pin.Media!.GetType().ShouldBe(typeof(PinMedia));
        pin.CreativeType.ShouldBe("SOMETHING_NEW");
    }

    [Fact]
    public void Every_media_source_kind_serializes_with_its_discriminator()
    {
        PinMediaSource[] sources =
        [
            new PinImageUrlSource { Url = "u" }, new PinImageBase64Source { ContentType = "image/png", Data = "AA==" },
            new PinMultipleImageUrlsSource { Items = [] }, new PinMultipleImageBase64Source { Items = [] },
            new PinVideoIdSource { MediaId = "1" }, new PinUrlSource(),
        ];

        sources.Select(s => JsonNode.Parse(JsonSerializer.Serialize(new CreatePinRequest { BoardId = "1", MediaSource = s }, Json.CreatePinRequest))!["media_source"]!["source_type"]!.GetValue<string>())
            .ShouldBe(["image_url", "image_base64", "multiple_image_urls", "multiple_image_base64", "video_id", "pin_url"]);
    }

    public static TheoryData<string, int, string> ErrorExamples()
    {
        var data = new TheoryData<string, int, string>();
        var tags = new[] { "user_account", "boards", "pins", "media", "search", "oauth" };
        foreach (var operation in OpenApiDocument.Instance.Operations.Where(o => tags.Contains(o.Tag)))
        {
            foreach (var (status, response) in operation.Node["responses"]!.AsObject())
            {
                var content = OpenApiDocument.Instance.Resolve(response!)["content"]?["application/json"];
                var examples = content?["example"] is { } one ? [one] : content?["examples"]?.AsObject().Select(e => e.Value!["value"]!) ?? [];
                foreach (var example in examples.Where(_ => int.TryParse(status, out var code) && code >= 400))
                {
                    data.Add(operation.OperationId, int.Parse(status, System.Globalization.CultureInfo.InvariantCulture), example.ToJsonString());
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ErrorExamples))]
    public async Task Spec_error_examples_map_to_the_right_exception(string operationId, int status, string body)
    {
        using var host = new PinterestTestHost(o => o.MaxRetries = 0);
        host.Respond(status, body);
        var code = JsonNode.Parse(body)!["code"]!.GetValue<int>();

        var error = await Should.ThrowAsync<PinterestApiException>(() => host.Client.Boards.GetAsync("1"));

        error.PinterestCode.ShouldBe(code, operationId);
        error.GetType().ShouldBe((status, code) switch
        {
            (401 or 403, 29) => typeof(PinterestTrialAccessException),
            (401 or 403, 3) => typeof(PinterestInsufficientScopeException),
            (401, 7) => typeof(PinterestApiException),
            (401, _) => typeof(PinterestAuthenticationException),
            (404, _) => typeof(PinterestNotFoundException),
            (409, _) => typeof(PinterestConflictException),
            (429, _) => typeof(PinterestRateLimitedException),
            ( >= 500, _) => typeof(PinterestUpstreamException),
            _ => typeof(PinterestApiException),
        });
    }
}
