using GraphApi.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace GraphApi.Tests.Mcp;

/// <summary>
/// What <c>tools/list</c> shows, through the SDK's client: tools generated from the schema (input schemas from the
/// variables' types, descriptions from the schema, annotations), writes hidden unless allowed, the operator's allowlist,
/// and the settings refused at start.
/// </summary>
public sealed class McpToolListTests
{
    [Fact]
    public async Task By_default_every_read_tool_is_listed_with_schema_descriptions_and_read_only_annotations_and_no_write_is()
    {
        using var factory = new GraphApiFactory();
        var tools = await ListAsync(factory);

        tools.Keys.ShouldContain("get_my_account");
        tools.Keys.ShouldContain("list_my_boards");
        tools.Keys.ShouldContain("search_pins");
        tools.Keys.ShouldContain("get_pin_analytics");
        // Finishing a Pinterest connection changes nothing on Pinterest: it is how an agent completes the connect flow.
        tools.Keys.ShouldContain("complete_pinterest_connection");
        tools.Keys.ShouldNotContain("create_board");
        tools.Keys.ShouldNotContain("delete_pin");

        var boards = tools["list_my_boards"];
        boards.Description.ShouldBe("The user's boards (secret ones only with boards:read_secret).");
        boards.Annotations!.ReadOnlyHint.ShouldBe(true);
        boards.Annotations.DestructiveHint.ShouldBe(false);
        var properties = boards.InputSchema.GetProperty("properties");
        properties.GetProperty("first").GetProperty("type").GetString().ShouldBe("integer");
        properties.GetProperty("first").GetProperty("default").GetInt32().ShouldBe(25);
        properties.GetProperty("first").GetProperty("description").GetString()!.ShouldContain("0–250");
        properties.GetProperty("privacy").GetProperty("enum").EnumerateArray().Select(e => e.GetString()).ShouldContain("SECRET");
        boards.InputSchema.TryGetProperty("required", out _).ShouldBeFalse();
        boards.InputSchema.GetProperty("additionalProperties").GetBoolean().ShouldBeFalse();

        var pin = tools["get_pin"].InputSchema;
        pin.GetProperty("required").EnumerateArray().Select(e => e.GetString()).ShouldBe(["id"]);
        pin.GetProperty("properties").GetProperty("id").GetProperty("description").GetString().ShouldBe("The pin's global ID or Pinterest ID.");
        tools["get_pin_analytics"].Description.ShouldBe("The pin's analytics over a date range (Pinterest keeps the last 90 days).");
        tools["get_pin_analytics"].InputSchema.GetProperty("properties").GetProperty("startDate").GetProperty("format").GetString().ShouldBe("date");
    }

    [Fact]
    public async Task With_writes_allowed_mutations_take_their_input_type_as_json_schema_and_are_annotated_by_what_they_do()
    {
        using var factory = new GraphApiFactory();
        using var writes = factory.WithSettings(("Mcp:AllowWrites", "true"));
        var tools = await ListAsync(writes);

        var create = tools["create_board"];
        create.Annotations!.ReadOnlyHint.ShouldBe(false);
        create.Annotations.DestructiveHint.ShouldBe(false);
        create.Annotations.IdempotentHint.ShouldBe(true); // it takes an idempotency key
        create.InputSchema.GetProperty("required").EnumerateArray().Select(e => e.GetString()).ShouldBe(["input"]);
        var input = create.InputSchema.GetProperty("properties").GetProperty("input");
        input.GetProperty("type").GetString().ShouldBe("object");
        input.GetProperty("required").EnumerateArray().Select(e => e.GetString()).ShouldBe(["name"]);
        input.GetProperty("properties").GetProperty("idempotencyKey").GetProperty("type").GetString().ShouldBe("string");
        input.GetProperty("properties").GetProperty("privacy").GetProperty("enum").GetArrayLength().ShouldBeGreaterThan(1);

        tools["delete_board"].Annotations!.DestructiveHint.ShouldBe(true);
        tools["delete_board"].Annotations!.IdempotentHint.ShouldBe(false);
        tools["update_pin"].Annotations!.DestructiveHint.ShouldBe(false);

        // A file upload cannot travel in JSON: the Upload fields are left out of createPin's media sources.
        var media = tools["create_pin"].InputSchema.GetProperty("properties").GetProperty("input").GetProperty("properties").GetProperty("mediaSource").GetProperty("properties");
        media.TryGetProperty("imageUrl", out _).ShouldBeTrue();
        media.TryGetProperty("imageUpload", out _).ShouldBeFalse();
        media.TryGetProperty("multipleImageUploads", out _).ShouldBeFalse();
        foreach (var tool in tools.Values)
        {
            tool.Name.ShouldMatch("^[a-z0-9_]{1,64}$");
            tool.Description.ShouldNotBeNullOrWhiteSpace();
        }
    }

    [Fact]
    public async Task The_allowlist_exposes_exactly_the_tools_it_names()
    {
        using var factory = new GraphApiFactory();
        using var listed = factory.WithSettings(("Mcp:Tools", "get_my_account, search_boards"));

        (await ListAsync(listed)).Keys.Order().ShouldBe(["get_my_account", "search_boards"]);
    }

    [Theory]
    [InlineData("Mcp:Tools", "get_my_acount", "Mcp:Tools names 'get_my_acount', which is no tool")]
    [InlineData("Mcp:Tools", "create_board", "Mcp:Tools names the write tool 'create_board' but Mcp:AllowWrites is false")]
    [InlineData("Mcp:ConnectReturnUrl", "https://evil.example/steal", "Mcp:ConnectReturnUrl is not an allowed return URL")]
    public void A_bad_setting_stops_the_start_with_a_message_naming_it(string key, string value, string message)
    {
        using var factory = new GraphApiFactory();
        using var invalid = factory.WithSettings((key, value));

        var error = Should.Throw<OptionsValidationException>(() => invalid.CreateClient());
        error.Message.ShouldContain(message);
    }

    [Fact]
    public async Task The_protected_resource_metadata_names_the_configured_authority()
    {
        using var factory = new GraphApiFactory();
        using var oidc = factory.WithSettings(("Authentication:Authority", "https://login.example.com/tenant/"), ("Authentication:SigningKey", ""), ("Authentication:Issuer", ""));
        using var client = oidc.CreateClient();
        client.DefaultRequestHeaders.Authorization = null;

        using var response = await client.GetAsync("/.well-known/oauth-protected-resource/mcp");
        var document = await response.ReadJsonAsync();

        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
        document.GetProperty("resource").GetString().ShouldBe("http://localhost/mcp");
        document.GetProperty("authorization_servers").EnumerateArray().Select(e => e.GetString()).ShouldBe(["https://login.example.com/tenant/"]);
    }

    [Fact]
    public async Task Switched_off_there_is_no_mcp_endpoint()
    {
        using var factory = new GraphApiFactory();
        using var off = factory.WithSettings(("Mcp:Enabled", "false"));
        using var client = off.CreateClient();

        using var response = await client.PostAsync("/mcp", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.NotFound);
    }

    private static async Task<Dictionary<string, ModelContextProtocol.Protocol.Tool>> ListAsync(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> factory)
    {
        using var http = factory.CreateClient();
        await using var client = await McpTestClient.ConnectAsync(factory, TestTokens.Create(), http);
        var tools = await client.ListToolsAsync();
        return tools.ToDictionary(t => t.Name, t => t.ProtocolTool);
    }
}
