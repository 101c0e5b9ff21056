using System.Net;
using System.Text;
using System.Text.Json;
using GraphApi.Tests.Infrastructure;

namespace GraphApi.Tests.Http.Uploads;

/// <summary>
/// The GraphQL multipart request spec against the sandbox gateway, spoken by a C# client (MultipartFormDataContent):
/// the happy path down to the bytes Pinterest receives, and every way a hostile or broken client can get it wrong.
/// Refusals are checked to cost no Pinterest call and to leave no temp file behind.
/// </summary>
[Collection(UploadTests.Name)]
public sealed class MultipartUploadTests(UploadFixture fixture)
{
    private static readonly object FileMap = new Dictionary<string, string[]> { ["0"] = [UploadFixture.FilePath] };

    [Fact]
    public async Task A_file_creates_one_pin_and_Pinterest_gets_its_exact_bytes_as_image_base64()
    {
        var png = TestImages.Png(200, 10, 10);
        var before = CreatesSoFar();

        var body = await SendAsync(MultipartBody.Create(UploadFixture.Operations("From a file"), FileMap, ("0", png, "image/png")));

        NoErrors(body);
        body.At("data.createPin.pin.title").GetString().ShouldBe("From a file");
        var (sent, tempFiles) = fixture.Creates.ToArray()[before..].ShouldHaveSingleItem();
        sent["media_source"]!["source_type"]!.GetValue<string>().ShouldBe("image_base64");
        sent["media_source"]!["content_type"]!.GetValue<string>().ShouldBe("image/png");
        Convert.FromBase64String(sent["media_source"]!["data"]!.GetValue<string>()).ShouldBe(png);
        // The file waited on disk while Pinterest was called, and is gone once the answer is back.
        tempFiles.ShouldBe(1);
        fixture.TempFiles().ShouldBe(0);
    }

    [Fact]
    public async Task A_file_without_a_declared_type_is_typed_by_its_bytes()
    {
        var jpeg = TestImages.Jpeg(7);
        var before = CreatesSoFar();

        var body = await SendAsync(MultipartBody.Create(UploadFixture.Operations("Undeclared"), FileMap, ("0", jpeg, null)));

        NoErrors(body);
        fixture.Creates.ToArray()[before..].ShouldHaveSingleItem().Body["media_source"]!["content_type"]!.GetValue<string>().ShouldBe("image/jpeg");
    }

    [Fact]
    public async Task A_carousel_of_uploads_sends_each_file_as_an_item()
    {
        var red = TestImages.Png(255);
        var green = TestImages.Png(0, 255);
        var operations = new
        {
            query = UploadFixture.CreatePin,
            variables = new
            {
                input = new
                {
                    boardId = UploadFixture.HomeOffice,
                    mediaSource = new { multipleImageUploads = new { items = new object[] { new { file = (string?)null, title = "Red" }, new { file = (string?)null, title = "Green" } } } },
                },
            },
        };
        var map = new Dictionary<string, string[]>
        {
            ["red"] = ["variables.input.mediaSource.multipleImageUploads.items.0.file"],
            ["green"] = ["variables.input.mediaSource.multipleImageUploads.items.1.file"],
        };
        var before = CreatesSoFar();

        var body = await SendAsync(MultipartBody.Create(operations, map, ("red", red, "image/png"), ("green", green, "image/png")));

        NoErrors(body);
        var items = fixture.Creates.ToArray()[before..].ShouldHaveSingleItem().Body["media_source"]!["items"]!.AsArray();
        items.Select(i => Convert.FromBase64String(i!["data"]!.GetValue<string>())).ShouldBe([red, green]);
        items.Select(i => i!["title"]!.GetValue<string>()).ShouldBe(["Red", "Green"]);
    }

    [Fact]
    public async Task A_file_over_the_file_limit_is_413_before_any_call_and_the_rest_of_the_body_is_not_read()
    {
        // A total limit far above what is offered, so only the file limit can stop the request.
        using var host = new Sandbox.SandboxGatewayFactory(("GraphQL:Http:Uploads:MaxFileBytes", "65536"), ("GraphQL:Http:Uploads:MaxTotalBytes", "536870912"));
        const long offered = 256L * 1024 * 1024;

        var outcome = await StreamingUploadClient.SendAsync(host.Address, TestTokens.Create(Pinterest.Sandbox.SandboxDemoUsers.Pinner),
            JsonSerializer.Serialize(UploadFixture.Operations("Too big")), JsonSerializer.Serialize(FileMap), "0", offered);

        outcome.Status.ShouldBe(413);
        outcome.Body.FirstErrorCode().ShouldBe("FILE_TOO_LARGE");
        outcome.Body.FirstErrorMessage().ShouldBe("The file \"0\" is larger than the limit of 65,536 bytes (GraphQL:Http:Uploads:MaxFileBytes).");
        // The server answered after the 64 KiB limit and read no further: what got through is what socket and server
        // buffers held, not the 256 MiB offered.
        outcome.Written.ShouldBeLessThan(offered / 8, $"written: {outcome.Written:N0}");
        host.Counters.CountOf("pins/create").ShouldBe(0);
        Directory.GetFiles(Path.Combine(host.DataDirectory, "uploads")).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_body_over_the_total_limit_is_413_whether_it_declares_its_length_or_not()
    {
        var calls = fixture.Counters.CountOf("pins/create");
        var operations = new { query = "mutation($a: Upload, $b: Upload, $c: Upload) { __typename }", variables = new { a = (string?)null, b = (string?)null, c = (string?)null } };
        var map = new Dictionary<string, string[]> { ["a"] = ["variables.a"], ["b"] = ["variables.b"], ["c"] = ["variables.c"] };
        var part = new byte[60 * 1024]; // each under the 64 KiB file limit, 180 KiB together: over the 160 KiB total

        var (declared, declaredBody) = await SendRawAsync(MultipartBody.Create(operations, map, ("a", part, null), ("b", part, null), ("c", part, null)));
        using var chunked = new MultipartFormDataContent
        {
            { MultipartBody.Json(operations), "operations" },
            { MultipartBody.Json(map), "map" },
            { new GeneratedContent(part.Length, []), "a", "a" },
            { new GeneratedContent(part.Length, []), "b", "b" },
            { new GeneratedContent(part.Length, []), "c", "c" },
        };
        var (counted, countedBody) = await SendRawAsync(chunked);

        declared.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        declaredBody.FirstErrorCode().ShouldBe("REQUEST_TOO_LARGE");
        counted.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        countedBody.FirstErrorCode().ShouldBe("REQUEST_TOO_LARGE");
        countedBody.FirstErrorMessage().ShouldContain("GraphQL:Http:Uploads:MaxTotalBytes");
        fixture.Counters.CountOf("pins/create").ShouldBe(calls);
        fixture.TempFiles().ShouldBe(0);
    }

    [Theory]
    [InlineData(4, 1)]   // more files than MaxFiles (3)
    [InlineData(1, 4)]   // one file placed at more paths than MaxFiles
    [InlineData(1000, 1)] // a thousand map entries: refused while reading the map, before any file
    public async Task Too_many_files_or_places_is_413_before_any_file_is_read(int files, int pathsEach)
    {
        var map = Enumerable.Range(0, files).ToDictionary(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture),
            i => Enumerable.Range(0, pathsEach).Select(p => $"variables.f{(i * pathsEach) + p}").ToArray());
        var variables = map.Values.SelectMany(p => p).ToDictionary(p => p["variables.".Length..], _ => (object?)null);
        var operations = new { query = "{ __typename }", variables };

        var (status, body) = await SendRawAsync(MultipartBody.Create(operations, map, ("0", TestImages.Png(3), "image/png")));

        status.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        body.FirstErrorCode().ShouldBe("TOO_MANY_FILES");
        body.FirstErrorMessage().ShouldContain("GraphQL:Http:Uploads:MaxFiles");
    }

    public static TheoryData<string, string> MisplacedMaps => new()
    {
        { "variables.input.title", "whose type is String" },
        { "variables.input.boardId", "is not a null value" },
        { "variables.input.mediaSource", "is not a null value" },
        { "variables.input.mediaSource.imageUpload.nope", "is not a null value" },
        { "variables.nothing.file", "is not a null value" },
        { "variables", "must point into the operation's variables" },
        { "query", "must point into the operation's variables" },
        { "0.variables.input.mediaSource.imageUpload.file", "must point into the operation's variables" },
    };

    [Theory]
    [MemberData(nameof(MisplacedMaps))]
    public async Task A_map_path_that_is_not_a_null_Upload_variable_is_400_before_any_call(string path, string message)
    {
        var calls = fixture.Counters.CountOf("pins/create");
        var operations = new
        {
            query = UploadFixture.CreatePin,
            variables = new { input = new { boardId = UploadFixture.HomeOffice, title = (string?)null, mediaSource = new { imageUpload = new { file = (string?)null } } } },
        };
        var map = new Dictionary<string, string[]> { ["0"] = [path] };

        var (status, body) = await SendRawAsync(MultipartBody.Create(operations, map, ("0", TestImages.Png(4), "image/png")));

        status.ShouldBe(HttpStatusCode.BadRequest);
        body.FirstErrorCode().ShouldBe("INVALID_REQUEST");
        body.FirstErrorMessage().ShouldContain(message);
        fixture.Counters.CountOf("pins/create").ShouldBe(calls);
        fixture.TempFiles().ShouldBe(0);
    }

    [Fact]
    public async Task A_map_path_to_an_undeclared_variable_is_400()
    {
        var operations = new { query = "mutation($a: Upload) { __typename }", variables = new { a = (string?)null, b = (string?)null } };

        var (status, body) = await SendRawAsync(MultipartBody.Create(operations, new Dictionary<string, string[]> { ["0"] = ["variables.b"] }, ("0", TestImages.Png(5), null)));

        status.ShouldBe(HttpStatusCode.BadRequest);
        body.FirstErrorMessage().ShouldContain("declares no variable $b");
    }

    [Fact]
    public async Task A_file_in_the_map_but_missing_from_the_body_is_400()
    {
        var map = new Dictionary<string, string[]> { ["0"] = [UploadFixture.FilePath] };

        var (status, body) = await SendRawAsync(MultipartBody.Create(UploadFixture.Operations("Missing"), map));

        status.ShouldBe(HttpStatusCode.BadRequest);
        body.FirstErrorMessage().ShouldBe("The map names the file \"0\", but the body has no part with that name.");
        fixture.TempFiles().ShouldBe(0);
    }

    [Fact]
    public async Task A_file_part_not_in_the_map_is_400()
    {
        var (status, body) = await SendRawAsync(MultipartBody.Create(UploadFixture.Operations("Stray"), FileMap,
            ("0", TestImages.Png(6), "image/png"), ("stray", TestImages.Png(7), "image/png")));

        status.ShouldBe(HttpStatusCode.BadRequest);
        body.FirstErrorMessage().ShouldContain("The part \"stray\" is not in the map");
        fixture.TempFiles().ShouldBe(0);
    }

    [Fact]
    public async Task Two_parts_with_one_name_are_400()
    {
        var (status, body) = await SendRawAsync(MultipartBody.Create(UploadFixture.Operations("Twice"), FileMap,
            ("0", TestImages.Png(8), "image/png"), ("0", TestImages.Png(9), "image/png")));

        status.ShouldBe(HttpStatusCode.BadRequest);
        body.FirstErrorMessage().ShouldContain("two parts named \"0\"");
    }

    [Fact]
    public async Task A_map_naming_one_file_twice_is_400()
    {
        const string map = """{"0": ["variables.input.mediaSource.imageUpload.file"], "0": ["variables.input.title"]}""";

        var (status, body) = await SendRawAsync(MultipartBody.Create(UploadFixture.Operations("Dup"), map, ("0", TestImages.Png(10), "image/png")));

        status.ShouldBe(HttpStatusCode.BadRequest);
        body.FirstErrorMessage().ShouldBe("The map names the file \"0\" twice.");
    }

    [Fact]
    public async Task Operations_after_the_files_break_the_spec_order_and_are_400()
    {
        using var content = new MultipartFormDataContent
        {
            { MultipartBody.File(TestImages.Png(11), "image/png"), "0", "a.png" },
            { MultipartBody.Json(UploadFixture.Operations("Late")), "operations" },
            { MultipartBody.Json(FileMap), "map" },
        };

        var (status, body) = await SendRawAsync(content);

        status.ShouldBe(HttpStatusCode.BadRequest);
        body.FirstErrorMessage().ShouldBe("The first part is \"0\"; the GraphQL multipart request spec sends \"operations\" first, then \"map\", then the files.");
        fixture.TempFiles().ShouldBe(0);
    }

    [Theory]
    [InlineData("{\"0\": [\"variables.input.mediaSource.imageUpload.file\"", "INVALID_JSON")]
    [InlineData("[\"variables.input.mediaSource.imageUpload.file\"]", "INVALID_REQUEST")]
    [InlineData("{\"0\": \"variables.input.mediaSource.imageUpload.file\"}", "INVALID_REQUEST")]
    [InlineData("{\"0\": []}", "INVALID_REQUEST")]
    [InlineData("{\"0\": [7]}", "INVALID_REQUEST")]
    public async Task A_malformed_map_is_400(string map, string code)
    {
        var (status, body) = await SendRawAsync(MultipartBody.Create(UploadFixture.Operations("Bad map"), map, ("0", TestImages.Png(12), "image/png")));

        status.ShouldBe(HttpStatusCode.BadRequest);
        body.FirstErrorCode().ShouldBe(code);
    }

    [Fact]
    public async Task Malformed_operations_get_the_JSON_request_errors()
    {
        var (status, body) = await SendRawAsync(MultipartBody.Create("{\"query\": 5}", FileMap, ("0", TestImages.Png(13), "image/png")));

        status.ShouldBe(HttpStatusCode.BadRequest);
        body.FirstErrorCode().ShouldBe("INVALID_REQUEST");
        body.FirstErrorMessage().ShouldBe("In the \"operations\" part: The request has a \"query\" of type number; it must be a string.");
    }

    [Theory]
    [InlineData("image/png", "not a JPEG or PNG image")]
    [InlineData(null, "not a JPEG or PNG image")]
    public async Task Bytes_that_are_no_image_are_a_validation_error_before_any_call(string? declared, string message)
    {
        var calls = fixture.Counters.CountOf("pins/create");

        var body = await SendAsync(MultipartBody.Create(UploadFixture.Operations("Text"), FileMap, ("0", "hello, not an image"u8.ToArray(), declared)));

        var error = body.At("data.createPin.errors")[0];
        error.GetProperty("__typename").GetString().ShouldBe("ValidationError");
        error.GetProperty("field").GetString().ShouldBe("mediaSource.imageUpload.file");
        error.GetProperty("message").GetString()!.ShouldContain(message);
        fixture.Counters.CountOf("pins/create").ShouldBe(calls);
    }

    [Theory]
    [InlineData("image/jpeg", "is declared image/jpeg, but its bytes are a PNG image")]
    [InlineData("image/gif", "is declared image/gif, but its bytes are a PNG image")]
    public async Task A_PNG_declared_as_another_type_is_a_validation_error_before_any_call(string declared, string message)
    {
        var calls = fixture.Counters.CountOf("pins/create");

        var body = await SendAsync(MultipartBody.Create(UploadFixture.Operations("Mislabelled"), FileMap, ("0", TestImages.Png(14), declared)));

        body.At("data.createPin.errors")[0].GetProperty("message").GetString()!.ShouldContain(message);
        fixture.Counters.CountOf("pins/create").ShouldBe(calls);
    }

    [Fact]
    public async Task A_batch_places_files_per_operation_and_one_file_can_serve_two()
    {
        var shared = TestImages.Png(30, 30, 30);
        var own = TestImages.Png(40, 40, 40);
        var operations = new[] { UploadFixture.Operations("Batch A"), UploadFixture.Operations("Batch B"), UploadFixture.Operations("Batch C") };
        var map = new Dictionary<string, string[]>
        {
            ["shared"] = ["0." + UploadFixture.FilePath, "2." + UploadFixture.FilePath],
            ["own"] = ["1." + UploadFixture.FilePath],
        };
        var before = CreatesSoFar();
        var calls = fixture.Counters.CountOf("pins/create");

        var (status, body) = await SendRawAsync(MultipartBody.Create(operations, map, ("shared", shared, "image/png"), ("own", own, "image/png")));

        status.ShouldBe(HttpStatusCode.OK);
        body.GetArrayLength().ShouldBe(3);
        foreach (var result in body.EnumerateArray())
        {
            NoErrors(result);
        }

        fixture.Counters.CountOf("pins/create").ShouldBe(calls + 3);
        var sent = fixture.Creates.ToArray()[before..].Select(c => c.Body["title"]!.GetValue<string>() + " " + c.Body["media_source"]!["data"]!.GetValue<string>()).ToList();
        sent.ShouldBe([$"Batch A {Convert.ToBase64String(shared)}", $"Batch B {Convert.ToBase64String(own)}", $"Batch C {Convert.ToBase64String(shared)}"]);
        fixture.TempFiles().ShouldBe(0);
    }

    [Fact]
    public async Task Ten_uploads_at_once_create_ten_pins_once_each()
    {
        var calls = fixture.Counters.CountOf("pins/create");
        var before = CreatesSoFar();

        var bodies = await Task.WhenAll(Enumerable.Range(0, 10).Select(i =>
            SendAsync(MultipartBody.Create(UploadFixture.Operations($"Concurrent {i}", $"concurrent-{Guid.NewGuid():N}"), FileMap, ("0", TestImages.Png((byte)(100 + i)), "image/png")))));

        foreach (var body in bodies)
        {
            NoErrors(body);
        }

        bodies.Select(b => b.At("data.createPin.pin.id").GetString()).Distinct().Count().ShouldBe(10);
        fixture.Counters.CountOf("pins/create").ShouldBe(calls + 10);
        // Each pin got its own file: titles and bytes pair up as sent.
        foreach (var (sent, _) in fixture.Creates.ToArray()[before..])
        {
            var i = int.Parse(sent["title"]!.GetValue<string>()["Concurrent ".Length..], System.Globalization.CultureInfo.InvariantCulture);
            Convert.FromBase64String(sent["media_source"]!["data"]!.GetValue<string>()).ShouldBe(TestImages.Png((byte)(100 + i)));
        }

        fixture.TempFiles().ShouldBe(0);
    }

    [Fact]
    public async Task An_idempotency_key_replays_for_the_same_bytes_and_refuses_other_bytes()
    {
        var key = $"upload-{Guid.NewGuid():N}";
        var file = TestImages.Png(50, 60, 70);
        var calls = fixture.Counters.CountOf("pins/create");

        var first = await SendAsync(MultipartBody.Create(UploadFixture.Operations("Keyed", key), FileMap, ("0", file, "image/png")));
        // Same bytes under another part name, file name and declared type (absent): the same input.
        var again = await SendAsync(MultipartBody.Create(UploadFixture.Operations("Keyed", key), new Dictionary<string, string[]> { ["image"] = [UploadFixture.FilePath] }, ("image", file, null)));
        var other = await SendAsync(MultipartBody.Create(UploadFixture.Operations("Keyed", key), FileMap, ("0", TestImages.Png(51, 60, 70), "image/png")));

        NoErrors(first);
        NoErrors(again);
        again.At("data.createPin.replayed").GetBoolean().ShouldBeTrue();
        again.At("data.createPin.pin.id").GetString().ShouldBe(first.At("data.createPin.pin.id").GetString());
        other.At("data.createPin.errors")[0].GetProperty("code").GetString().ShouldBe("IDEMPOTENCY_KEY_REUSED");
        fixture.Counters.CountOf("pins/create").ShouldBe(calls + 1);
    }

    [Fact]
    public async Task A_persisted_document_takes_files()
    {
        var png = TestImages.Png(90, 91, 92);
        var operations = new
        {
            documentId = UploadFixture.CreatePinId,
            variables = new { input = new { boardId = UploadFixture.HomeOffice, title = "Persisted", mediaSource = new { imageUpload = new { file = (string?)null } } } },
        };
        var before = CreatesSoFar();

        var body = await SendAsync(MultipartBody.Create(operations, FileMap, ("0", png, "image/png")));

        NoErrors(body);
        Convert.FromBase64String(fixture.Creates.ToArray()[before..].ShouldHaveSingleItem().Body["media_source"]!["data"]!.GetValue<string>()).ShouldBe(png);
    }

    [Fact]
    public async Task Without_Authorization_a_multipart_request_needs_the_preflight_header()
    {
        using var anonymous = fixture.Factory.CreateBrowser();
        var calls = fixture.Counters.CountOf("pins/create");

        using var bare = await anonymous.SendAsync(MultipartBody.Post(MultipartBody.Create(UploadFixture.Operations("CSRF"), FileMap, ("0", TestImages.Png(15), "image/png"))));
        using var preflighted = await anonymous.SendAsync(MultipartBody.Post(MultipartBody.Create(UploadFixture.Operations("CSRF"), FileMap, ("0", TestImages.Png(15), "image/png")), preflight: true));
        // A JSON POST is not a simple request (its Content-Type forces a preflight): no header asked for.
        using var json = await anonymous.SendAsync(GraphQLHttp.PostQuery("{ __typename }"));

        bare.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await bare.ReadJsonAsync()).FirstErrorCode().ShouldBe("PREFLIGHT_REQUIRED");
        preflighted.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        json.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        fixture.Counters.CountOf("pins/create").ShouldBe(calls);
    }

    [Fact]
    public async Task With_Authorization_no_preflight_header_is_needed()
    {
        // Authorization is not a CORS-safelisted header: a browser sending it cross-site has already been preflighted.
        var body = await SendAsync(MultipartBody.Create(UploadFixture.Operations("Authorized"), FileMap, ("0", TestImages.Png(16), "image/png")));

        NoErrors(body);
    }

    [Fact]
    public async Task A_JSON_request_cannot_fill_an_Upload_with_a_string()
    {
        var calls = fixture.Counters.CountOf("pins/create");
        using var client = fixture.Client();
        var variables = new { input = new { boardId = UploadFixture.HomeOffice, mediaSource = new { imageUpload = new { file = Convert.ToBase64String(TestImages.Png(17)) } } } };

        using var response = await client.SendAsync(GraphQLHttp.PostQuery(UploadFixture.CreatePin, variables, GraphQLHttp.GraphQLResponse));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var body = await response.ReadJsonAsync();
        body.FirstErrorCode().ShouldBe("INVALID_VALUE");
        body.FirstErrorMessage().ShouldContain("An Upload is filled only by a file of a multipart/form-data request");
        fixture.Counters.CountOf("pins/create").ShouldBe(calls);
    }

    [Fact]
    public async Task A_multipart_body_without_a_boundary_is_400()
    {
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes("operations"));
        content.Headers.TryAddWithoutValidation("Content-Type", "multipart/form-data");

        var (status, body) = await SendRawAsync(content);

        status.ShouldBe(HttpStatusCode.BadRequest);
        body.FirstErrorMessage().ShouldContain("boundary");
    }

    [Fact]
    public async Task A_body_cut_short_is_400_and_leaves_no_file()
    {
        const string boundary = "cut";
        var text = $"--{boundary}\r\nContent-Disposition: form-data; name=\"operations\"\r\n\r\n{JsonSerializer.Serialize(UploadFixture.Operations("Cut"))}\r\n" +
                   $"--{boundary}\r\nContent-Disposition: form-data; name=\"map\"\r\n\r\n{JsonSerializer.Serialize(FileMap)}\r\n" +
                   $"--{boundary}\r\nContent-Disposition: form-data; name=\"0\"; filename=\"a.png\"\r\n\r\nPNG bytes without an end";
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        content.Headers.TryAddWithoutValidation("Content-Type", $"multipart/form-data; boundary={boundary}");

        var (status, _) = await SendRawAsync(content);

        status.ShouldBe(HttpStatusCode.BadRequest);
        fixture.TempFiles().ShouldBe(0);
    }

    private int CreatesSoFar() => fixture.Creates.Count;

    private static void NoErrors(JsonElement body)
    {
        body.ShouldHaveNoErrors();
        body.At("data.createPin.errors").GetArrayLength().ShouldBe(0, body.GetRawText());
    }

    private async Task<JsonElement> SendAsync(HttpContent content)
    {
        var (status, body) = await SendRawAsync(content);
        status.ShouldBe(HttpStatusCode.OK, body.GetRawText());
        return body;
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
