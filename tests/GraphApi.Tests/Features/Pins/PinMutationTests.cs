using GraphApi.Pinterest.Sandbox;
using GraphApi.Tests.Infrastructure;
namespace GraphApi.Tests.Features.Pins;

/// <summary>Pin writes against the sandbox: payloads, typed errors, checks before any call, idempotency.</summary>
[Collection(PinterestSandboxTests.Name)]
public sealed class PinMutationTests(PinterestSandboxFixture fixture)
{
    private const string HomeOffice = "91000000000000003";

    private const string CreatePin = """
        mutation($input: CreatePinInput!) {
          createPin(input: $input) {
            pin { id pinterestId title link board { pinterestId } }
            errors { __typename ... on UserError { code message } ... on ValidationError { field } ... on RateLimitedError { retryAfter } }
          }
        }
        """;

    [Fact]
    public async Task Create_then_delete_a_pin()
    {
        var created = await fixture.QueryAsync(SandboxDemoUsers.Pinner, CreatePin, new
        {
            input = new { boardId = GlobalIds.Of("Board", HomeOffice), title = "Desk plant", link = "https://example.com/plant", mediaSource = new { imageUrl = new { url = "https://images.example/plant.jpg" } } },
        });

        created.ShouldHaveNoErrors();
        created.At("data.createPin.errors").GetArrayLength().ShouldBe(0);
        var pin = created.At("data.createPin.pin");
        pin.GetProperty("title").GetString().ShouldBe("Desk plant");
        pin.At("board.pinterestId").GetString().ShouldBe(HomeOffice);

        var deleted = await fixture.QueryAsync(SandboxDemoUsers.Pinner, "mutation($id: ID!) { deletePin(input: { pinId: $id }) { deletedPinId errors { __typename } } }",
            new { id = pin.GetProperty("id").GetString() });
        deleted.At("data.deletePin.deletedPinId").GetString().ShouldBe(pin.GetProperty("id").GetString());

        var gone = await fixture.QueryAsync(SandboxDemoUsers.Pinner, "query($id: ID!) { pin(id: $id) { id title } }", new { id = pin.GetProperty("pinterestId").GetString() });
        gone.FirstErrorCode().ShouldBe("NOT_FOUND");
    }

    public static TheoryData<string, object, string> BadInputs => new()
    {
        { "title", new { title = new string('t', 101), mediaSource = ImageUrl() }, "`title` is 101 characters; Pinterest allows at most 100." },
        { "description", new { description = new string('d', 801), mediaSource = ImageUrl() }, "at most 800" },
        { "link", new { link = "ftp://example.com/x", mediaSource = ImageUrl() }, "`link` must be an absolute http(s) URL." },
        { "altText", new { altText = new string('a', 501), mediaSource = ImageUrl() }, "at most 500" },
        { "dominantColor", new { dominantColor = "red", mediaSource = ImageUrl() }, "#RRGGBB" },
        { "mediaSource", new { mediaSource = new { } }, "none is set" },
        { "mediaSource", new { mediaSource = new { imageUrl = new { url = "https://a.example/x.png" }, pinUrl = new { } } }, "imageUrl and pinUrl are set" },
        { "mediaSource.imageUrl.url", new { mediaSource = new { imageUrl = new { url = "not a url" } } }, "absolute http(s) URL" },
        { "mediaSource.multipleImageUrls.items", new { mediaSource = new { multipleImageUrls = new { items = new[] { new { url = "https://a.example/1.png" } } } } }, "A carousel takes 2–5 images, not 1." },
        { "mediaSource.imageBase64.contentType", new { mediaSource = new { imageBase64 = new { contentType = "image/gif", data = "R0lGOD" } } }, "image/jpeg or image/png" },
        { "mediaSource.imageBase64.data", new { mediaSource = new { imageBase64 = new { contentType = "image/png", data = "%%%" } } }, "not valid base64" },
        { "mediaSource.imageBase64.data", new { mediaSource = new { imageBase64 = new { contentType = "image/png", data = "/9j/4AAQSkZJRg==" } } }, "is not a PNG image" },
        { "idempotencyKey", new { idempotencyKey = " ", mediaSource = ImageUrl() }, "1–200 characters" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Bad_input_gets_a_precise_validation_error_before_any_call(string field, object input, string message)
    {
        var merged = System.Text.Json.JsonSerializer.SerializeToNode(input)!.AsObject();
        merged["boardId"] = HomeOffice;
        fixture.Counters.Reset();

        var body = await fixture.QueryAsync(SandboxDemoUsers.Pinner, CreatePin, new { input = merged });

        body.ShouldHaveNoErrors();
        var error = body.At("data.createPin.errors")[0];
        error.GetProperty("__typename").GetString().ShouldBe("ValidationError");
        error.GetProperty("field").GetString().ShouldBe(field);
        error.GetProperty("message").GetString()!.ShouldContain(message);
        fixture.Counters.Snapshot().Values.Sum().ShouldBe(0);
    }

    [Fact]
    public async Task A_valid_inline_png_passes_the_checks()
    {
        var png = Convert.ToBase64String([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0]);

        var body = await fixture.QueryAsync(SandboxDemoUsers.Pinner, CreatePin, new
        {
            input = new { boardId = HomeOffice, title = "Inline", mediaSource = new { imageBase64 = new { contentType = "image/png", data = png } } },
        });

        body.At("data.createPin.errors").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task A_missing_board_is_a_NotFoundError_in_the_payload()
    {
        var body = await fixture.QueryAsync(SandboxDemoUsers.Pinner, CreatePin, new { input = new { boardId = "1234", mediaSource = ImageUrl() } });

        body.ShouldHaveNoErrors();
        body.At("data.createPin.pin").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        body.At("data.createPin.errors")[0].GetProperty("__typename").GetString().ShouldBe("NotFoundError");
    }

    [Fact]
    public async Task A_caller_without_a_connection_gets_the_code_in_the_payload()
    {
        var body = await fixture.QueryAsync("nobody-connected", CreatePin, new { input = new { boardId = HomeOffice, mediaSource = ImageUrl() } });

        body.ShouldHaveNoErrors();
        var error = body.At("data.createPin.errors")[0];
        error.GetProperty("__typename").GetString().ShouldBe("PinterestError");
        error.GetProperty("code").GetString().ShouldBe("PINTEREST_NOT_CONNECTED");
    }

    [Fact]
    public async Task Rate_limiting_is_a_RateLimitedError_with_retry_after()
    {
        fixture.Faults.Apply(new SandboxFaultSettings { RateLimit = 0, RateLimitWindowSeconds = 90, OperationIds = ["pins/create"] });
        try
        {
            var body = await fixture.QueryAsync(SandboxDemoUsers.Pinner, CreatePin, new { input = new { boardId = HomeOffice, mediaSource = ImageUrl() } });

            var error = body.At("data.createPin.errors")[0];
            error.GetProperty("__typename").GetString().ShouldBe("RateLimitedError");
            error.GetProperty("retryAfter").GetInt32().ShouldBeInRange(1, 90);
        }
        finally
        {
            fixture.Faults.Clear();
        }
    }

    [Fact]
    public async Task A_retry_with_the_same_idempotency_key_returns_the_first_pin()
    {
        var input = new { boardId = HomeOffice, title = "Once", idempotencyKey = Guid.NewGuid().ToString(), mediaSource = ImageUrl() };
        fixture.Counters.Reset();

        var first = await fixture.QueryAsync(SandboxDemoUsers.Pinner, CreatePin, new { input });
        var retry = await fixture.QueryAsync(SandboxDemoUsers.Pinner, CreatePin, new { input });

        retry.At("data.createPin.pin.id").GetString().ShouldBe(first.At("data.createPin.pin.id").GetString());
        fixture.Counters.CountOf("pins/create").ShouldBe(1);
    }

    [Fact]
    public async Task Concurrent_retries_with_one_key_create_one_pin()
    {
        var input = new { boardId = HomeOffice, title = "Concurrent", idempotencyKey = Guid.NewGuid().ToString(), mediaSource = ImageUrl() };
        fixture.Counters.Reset();

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => fixture.QueryAsync(SandboxDemoUsers.Pinner, CreatePin, new { input })));

        fixture.Counters.CountOf("pins/create").ShouldBe(1);
        results.Select(r => r.At("data.createPin.pin.id").GetString()).Distinct().Count().ShouldBe(1);
    }

    [Fact]
    public async Task The_same_key_from_another_caller_is_another_pin()
    {
        var key = Guid.NewGuid().ToString();

        var pinner = await fixture.QueryAsync(SandboxDemoUsers.Pinner, CreatePin, new { input = new { boardId = HomeOffice, idempotencyKey = key, mediaSource = ImageUrl() } });
        var business = await fixture.QueryAsync(SandboxDemoUsers.Business, CreatePin, new { input = new { boardId = "91000000000000007", idempotencyKey = key, mediaSource = ImageUrl() } });

        business.At("data.createPin.pin.id").GetString().ShouldNotBe(pinner.At("data.createPin.pin.id").GetString());
    }

    [Fact]
    public async Task Two_creates_in_one_document_each_return_their_own_pin()
    {
        var body = await fixture.QueryAsync(SandboxDemoUsers.Pinner, """
            mutation {
              a: createPin(input: { boardId: "91000000000000003", title: "First", mediaSource: { imageUrl: { url: "https://images.example/a.jpg" } } }) { pin { title } }
              b: createPin(input: { boardId: "91000000000000003", title: "Second", mediaSource: { imageUrl: { url: "https://images.example/b.jpg" } } }) { pin { title } }
            }
            """);

        body.At("data.a.pin.title").GetString().ShouldBe("First");
        body.At("data.b.pin.title").GetString().ShouldBe("Second");
    }

    [Fact]
    public async Task Update_and_save_a_pin()
    {
        var created = await fixture.QueryAsync(SandboxDemoUsers.Pinner, CreatePin, new { input = new { boardId = HomeOffice, title = "Before", mediaSource = ImageUrl() } });
        var id = created.At("data.createPin.pin.id").GetString();

        var updated = await fixture.QueryAsync(SandboxDemoUsers.Pinner,
            "mutation($id: ID!) { updatePin(input: { pinId: $id, title: \"After\", altText: \"A desk\" }) { pin { title altText } errors { __typename } } }", new { id });
        var saved = await fixture.QueryAsync(SandboxDemoUsers.Pinner,
            "mutation($id: ID!) { savePin(input: { pinId: $id, boardId: \"91000000000000001\" }) { pin { board { pinterestId } } errors { __typename } } }", new { id });

        updated.At("data.updatePin.pin.title").GetString().ShouldBe("After");
        updated.At("data.updatePin.pin.altText").GetString().ShouldBe("A desk");
        saved.ShouldHaveNoErrors();
        saved.At("data.savePin.pin.board.pinterestId").GetString().ShouldBe("91000000000000001");
    }

    private static object ImageUrl() => new { imageUrl = new { url = "https://images.example/pin.jpg" } };
}
