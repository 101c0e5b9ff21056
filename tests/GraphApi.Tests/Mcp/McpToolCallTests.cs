using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Web;
using GraphApi.Pinterest.Sandbox;
using GraphApi.Tests.Infrastructure;
using GraphApi.Tests.Sandbox;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;

namespace GraphApi.Tests.Mcp;

/// <summary>
/// Tool calls through the SDK's client against the gateway on the sandbox, over real HTTP: reads and writes, the same
/// scopes, limits and costs as /graphql, the not-connected flow end to end (connect URL, consent, completion), and
/// hostile calls (unknown tool, bad types, huge arguments, an operation over the cost limit), with the sandbox's calls
/// counted.
/// </summary>
public sealed partial class McpToolCallTests : IClassFixture<McpToolCallTests.Fixture>
{
    private readonly Fixture _fixture;

    public McpToolCallTests(Fixture fixture) => _fixture = fixture;

    private SandboxGatewayFactory Factory => _fixture.Factory;

    [Fact]
    public async Task A_read_tool_answers_structured_content_and_the_same_json_as_text()
    {
        await using var client = await McpTestClient.ConnectAsUserAsync(Factory.Address, SandboxDemoUsers.Pinner);

        var result = await client.CallToolAsync("get_my_account");
        var boards = await client.CallToolAsync("list_my_boards", new Dictionary<string, object?> { ["first"] = 2 });

        result.IsError.ShouldNotBe(true);
        var me = result.StructuredContent!.Value.GetProperty("data").GetProperty("me");
        me.GetProperty("username").GetString().ShouldNotBeNullOrEmpty();
        var text = result.Content.OfType<TextContentBlock>().Single().Text;
        JsonDocument.Parse(text).RootElement.GetProperty("data").GetProperty("me").GetProperty("username").GetString()
            .ShouldBe(me.GetProperty("username").GetString());
        boards.IsError.ShouldNotBe(true);
        boards.StructuredContent!.Value.GetProperty("data").GetProperty("me").GetProperty("boards").GetProperty("nodes").GetArrayLength().ShouldBe(2);
    }

    [Fact]
    public async Task Write_tools_create_update_and_delete_a_board_and_a_replayed_key_creates_nothing_twice()
    {
        await using var client = await McpTestClient.ConnectAsUserAsync(Factory.Address, SandboxDemoUsers.Curator);
        var input = new Dictionary<string, object?> { ["name"] = "Made by an agent", ["idempotencyKey"] = "mcp-test-board-1" };

        var created = await client.CallToolAsync("create_board", new Dictionary<string, object?> { ["input"] = input });
        var creates = Factory.Counters.CountOf("boards/create");
        var replayed = await client.CallToolAsync("create_board", new Dictionary<string, object?> { ["input"] = input });

        created.IsError.ShouldNotBe(true, created.Content.OfType<TextContentBlock>().FirstOrDefault()?.Text);
        var board = created.StructuredContent!.Value.GetProperty("data").GetProperty("createBoard").GetProperty("board");
        var id = board.GetProperty("id").GetString()!;
        board.GetProperty("name").GetString().ShouldBe("Made by an agent");
        replayed.StructuredContent!.Value.GetProperty("data").GetProperty("createBoard").GetProperty("replayed").GetBoolean().ShouldBeTrue();
        Factory.Counters.CountOf("boards/create").ShouldBe(creates);

        var updated = await client.CallToolAsync("update_board",
            new Dictionary<string, object?> { ["input"] = new Dictionary<string, object?> { ["boardId"] = id, ["description"] = "now described" } });
        updated.IsError.ShouldNotBe(true);
        updated.StructuredContent!.Value.GetProperty("data").GetProperty("updateBoard").GetProperty("board").GetProperty("description").GetString().ShouldBe("now described");

        var deleted = await client.CallToolAsync("delete_board", new Dictionary<string, object?> { ["input"] = new Dictionary<string, object?> { ["boardId"] = id } });
        deleted.IsError.ShouldNotBe(true);
        var gone = await client.CallToolAsync("get_board", new Dictionary<string, object?> { ["id"] = id });
        gone.IsError.ShouldBe(true);
        ErrorCodes(gone).ShouldContain("NOT_FOUND");
    }

    [Fact]
    public async Task An_advertiser_lists_their_ad_accounts_and_campaigns_and_another_users_account_is_refused()
    {
        await using var business = await McpTestClient.ConnectAsUserAsync(Factory.Address, SandboxDemoUsers.Business);

        var accounts = await business.CallToolAsync("list_my_ad_accounts");
        var campaigns = await business.CallToolAsync("list_campaigns", new Dictionary<string, object?> { ["adAccountId"] = "94000000000000001" });

        accounts.IsError.ShouldNotBe(true);
        accounts.StructuredContent!.Value.GetProperty("data").GetProperty("me").GetProperty("adAccounts").GetProperty("nodes").EnumerateArray()
            .Select(a => a.GetProperty("pinterestId").GetString()).ShouldContain("94000000000000001");
        campaigns.IsError.ShouldNotBe(true);
        campaigns.StructuredContent!.Value.GetProperty("data").GetProperty("adAccount").GetProperty("campaigns").GetProperty("nodes").GetArrayLength().ShouldBe(3);

        await using var pinner = await McpTestClient.ConnectAsUserAsync(Factory.Address, SandboxDemoUsers.Pinner);
        var foreign = await pinner.CallToolAsync("list_campaigns", new Dictionary<string, object?> { ["adAccountId"] = "94000000000000001" });
        foreign.IsError.ShouldBe(true);
    }

    [Fact]
    public async Task Another_users_board_is_refused_as_pinterest_refuses_it()
    {
        await using var owner = await McpTestClient.ConnectAsUserAsync(Factory.Address, SandboxDemoUsers.Business);
        var boards = await owner.CallToolAsync("list_my_boards", new Dictionary<string, object?> { ["first"] = 1 });
        var id = boards.StructuredContent!.Value.GetProperty("data").GetProperty("me").GetProperty("boards").GetProperty("nodes")[0].GetProperty("pinterestId").GetString();
        await using var other = await McpTestClient.ConnectAsUserAsync(Factory.Address, SandboxDemoUsers.Pinner);

        var deleted = await other.CallToolAsync("delete_board", new Dictionary<string, object?> { ["input"] = new Dictionary<string, object?> { ["boardId"] = id } });

        deleted.IsError.ShouldBe(true);
        (await owner.CallToolAsync("get_board", new Dictionary<string, object?> { ["id"] = id })).IsError.ShouldNotBe(true);
    }

    [Fact]
    public async Task A_scope_the_caller_lacks_is_refused_before_any_pinterest_call_with_the_connect_url()
    {
        await using var client = await McpTestClient.ConnectAsUserAsync(Factory.Address, SandboxDemoUsers.Pinner, scope: "pins:read");
        var before = Calls();

        var result = await client.CallToolAsync("get_my_account");

        result.IsError.ShouldBe(true);
        ErrorCodes(result).ShouldContain("INSUFFICIENT_SCOPE");
        Calls().ShouldBe(before);
        result.StructuredContent!.Value.GetProperty("connectPinterest").GetProperty("authorizationUrl").GetString()!.ShouldContain("state=");
    }

    [Fact]
    public async Task Not_connected_the_result_carries_the_connect_url_and_the_agent_finishes_the_flow_with_the_users_completion()
    {
        const string user = "mcp-newcomer";
        await using var client = await McpTestClient.ConnectAsUserAsync(Factory.Address, user);

        var refused = await client.CallToolAsync("get_my_account");

        refused.IsError.ShouldBe(true);
        ErrorCodes(refused).ShouldContain("PINTEREST_NOT_CONNECTED");
        var url = refused.StructuredContent!.Value.GetProperty("connectPinterest").GetProperty("authorizationUrl").GetString()!;
        refused.Content.OfType<TextContentBlock>().First().Text.ShouldContain(url);

        // The user opens the URL and approves on (the sandbox's) Pinterest; the browser lands on the MCP page.
        using var browser = Factory.CreateBrowser();
        var consent = await browser.GetStringAsync(url);
        var form = HiddenInput().Matches(consent).ToDictionary(m => m.Groups[1].Value, m => HttpUtility.HtmlDecode(m.Groups[2].Value));
        form["decision"] = "approve";
        form["username"] = SandboxDemoUsers.Pinner;
        using var approved = await browser.PostAsync(new Uri(url).GetLeftPart(UriPartial.Path), new FormUrlEncodedContent(form));
        using var callback = await browser.GetAsync(approved.Headers.Location);
        callback.Headers.Location!.OriginalString.ShouldStartWith("/mcp/connected?");
        var completion = HttpUtility.ParseQueryString(callback.Headers.Location.OriginalString.Split('?', 2)[1])["completion"]!;
        var page = await browser.GetStringAsync(callback.Headers.Location);
        page.ShouldContain(completion);

        // The agent finishes with the user's token, then the tool works.
        var completed = await client.CallToolAsync("complete_pinterest_connection",
            new Dictionary<string, object?> { ["input"] = new Dictionary<string, object?> { ["completion"] = completion } });
        completed.IsError.ShouldNotBe(true, completed.Content.OfType<TextContentBlock>().FirstOrDefault()?.Text);
        completed.StructuredContent!.Value.GetProperty("data").GetProperty("completePinterestConnection").GetProperty("connection").GetProperty("status").GetString().ShouldBe("CONNECTED");
        (await client.CallToolAsync("get_my_account")).IsError.ShouldNotBe(true);
    }

    [Fact]
    public async Task An_unknown_tool_is_a_protocol_error_and_a_hidden_one_is_unknown_too()
    {
        await using var client = await McpTestClient.ConnectAsUserAsync(_fixture.ReadOnly.Address, SandboxDemoUsers.Pinner);

        await Should.ThrowAsync<McpException>(() => client.CallToolAsync("drop_all_tables").AsTask());
        // Writes are off on this host: the tool is not listed, and calling it by name is no different.
        (await client.ListToolsAsync()).Select(t => t.Name).ShouldNotContain("delete_board");
        await Should.ThrowAsync<McpException>(() => client.CallToolAsync("delete_board",
            new Dictionary<string, object?> { ["input"] = new Dictionary<string, object?> { ["boardId"] = "1" } }).AsTask());
    }

    [Fact]
    public async Task Bad_json_types_and_unknown_arguments_are_refused_without_a_pinterest_call()
    {
        await using var client = await McpTestClient.ConnectAsUserAsync(Factory.Address, SandboxDemoUsers.Pinner);
        var before = Calls();

        var wrongType = await client.CallToolAsync("list_my_boards", new Dictionary<string, object?> { ["first"] = "many" });
        var wrongEnum = await client.CallToolAsync("list_my_boards", new Dictionary<string, object?> { ["privacy"] = "EVERYONE" });
        var nested = await client.CallToolAsync("get_pin", new Dictionary<string, object?> { ["id"] = new Dictionary<string, object?> { ["$ne"] = 1 } });
        var unknown = await client.CallToolAsync("get_my_account", new Dictionary<string, object?> { ["query"] = "{ __schema { types { name } } }" });

        foreach (var result in new[] { wrongType, wrongEnum, nested })
        {
            result.IsError.ShouldBe(true);
            ErrorCodes(result).ShouldNotBeEmpty();
        }

        unknown.IsError.ShouldBe(true);
        ErrorCodes(unknown).ShouldBe(["INVALID_REQUEST"]);
        Calls().ShouldBe(before);
    }

    [Fact]
    public async Task Huge_arguments_are_refused_by_the_variables_limit_or_before_the_body_is_read()
    {
        await using var client = await McpTestClient.ConnectAsUserAsync(Factory.Address, SandboxDemoUsers.Pinner);
        var before = Calls();

        var large = await client.CallToolAsync("search_pins", new Dictionary<string, object?> { ["query"] = new string('a', 200 * 1024) });
        await Should.ThrowAsync<Exception>(() => client.CallToolAsync("search_pins", new Dictionary<string, object?> { ["query"] = new string('a', 2 * 1024 * 1024) }).AsTask());

        large.IsError.ShouldBe(true);
        ErrorCodes(large).ShouldBe(["VARIABLES_TOO_LARGE"]);
        Calls().ShouldBe(before);
        // The server is unharmed: the next call works.
        (await client.CallToolAsync("get_my_account")).IsError.ShouldNotBe(true);
    }

    [Fact]
    public async Task A_tool_call_worth_hundreds_of_pinterest_calls_is_refused_by_the_cost_limit_and_costs_nothing()
    {
        await using var client = await McpTestClient.ConnectAsUserAsync(Factory.Address, SandboxDemoUsers.Pinner);
        (await client.ListToolsAsync()).Select(t => t.Name).ShouldContain("boards_with_pins");
        var before = Calls();

        var result = await client.CallToolAsync("boards_with_pins", new Dictionary<string, object?> { ["boards"] = 250, ["pins"] = 250 });

        result.IsError.ShouldBe(true);
        ErrorCodes(result).ShouldBe(["COST_LIMIT_EXCEEDED"]);
        Calls().ShouldBe(before);
    }

    [Fact]
    public async Task A_thousand_aliases_in_a_trusted_document_are_refused_by_the_document_limits_before_any_call()
    {
        await using var client = await McpTestClient.ConnectAsUserAsync(Factory.Address, SandboxDemoUsers.Pinner);
        var before = Calls();

        var result = await client.CallToolAsync("thousand_aliases");

        result.IsError.ShouldBe(true);
        ErrorCodes(result).ShouldBe(["ALIAS_LIMIT_EXCEEDED"]);
        Calls().ShouldBe(before);
    }

    [Fact]
    public async Task A_trusted_document_is_a_tool_with_its_variables_as_input_schema()
    {
        await using var client = await McpTestClient.ConnectAsUserAsync(Factory.Address, SandboxDemoUsers.Pinner);
        var tool = (await client.ListToolsAsync()).Single(t => t.Name == "boards_with_pins").ProtocolTool;

        var result = await client.CallToolAsync("boards_with_pins", new Dictionary<string, object?> { ["boards"] = 2, ["pins"] = 1 });

        tool.Description!.ShouldContain("trusted document sha256:");
        tool.Annotations!.ReadOnlyHint.ShouldBe(true);
        tool.InputSchema.GetProperty("required").EnumerateArray().Select(e => e.GetString()).Order().ShouldBe(["boards", "pins"]);
        result.IsError.ShouldNotBe(true);
        result.StructuredContent!.Value.GetProperty("data").GetProperty("me").GetProperty("boards").GetProperty("nodes").GetArrayLength().ShouldBe(2);
    }

    [Fact]
    public async Task Without_a_token_the_answer_is_401_pointing_at_the_protected_resource_metadata()
    {
        using var http = new HttpClient { BaseAddress = Factory.Address };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/mcp")
        {
            Content = new StringContent("""{"jsonrpc":"2.0","id":1,"method":"tools/list"}""", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd("application/json, text/event-stream");

        using var response = await http.SendAsync(request);
        using var metadata = await http.GetAsync("/.well-known/oauth-protected-resource/mcp");

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        response.Headers.WwwAuthenticate.ToString().ShouldContain("resource_metadata=\"" + new Uri(Factory.Address, "/.well-known/oauth-protected-resource/mcp"));
        metadata.StatusCode.ShouldBe(HttpStatusCode.OK);
        var document = await metadata.ReadJsonAsync();
        document.GetProperty("resource").GetString().ShouldBe(new Uri(Factory.Address, "/mcp").ToString());
        // The test issuer is a plain name, not an issuer URL a client could discover: no authorization server is named.
        (document.TryGetProperty("authorization_servers", out var servers) ? servers.GetArrayLength() : 0).ShouldBe(0);
        await Should.ThrowAsync<Exception>(() => McpTestClient.ConnectAsync(Factory.Address, bearer: null));
        await Should.ThrowAsync<Exception>(() => McpTestClient.ConnectAsync(Factory.Address, TestTokens.Create(signingKey: Convert.ToBase64String(new byte[32]))));
    }

    private long Calls() => Factory.Counters.Snapshot().Values.Sum();

    private static List<string> ErrorCodes(CallToolResult result)
    {
        var content = result.StructuredContent!.Value;
        var codes = new List<string>();
        if (content.TryGetProperty("errors", out var errors))
        {
            codes.AddRange(errors.EnumerateArray().Select(e => e.GetProperty("extensions").GetProperty("code").GetString()!));
        }

        if (content.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object)
        {
            codes.AddRange(data.EnumerateObject()
                .Where(p => p.Value.ValueKind == JsonValueKind.Object && p.Value.TryGetProperty("errors", out _))
                .SelectMany(p => p.Value.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("code").GetString()!)));
        }

        return codes;
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">")]
    private static partial Regex HiddenInput();

    /// <summary>One gateway with writes on and a trusted document, one with the defaults (writes off); demo users connected.</summary>
    public sealed class Fixture : IAsyncLifetime
    {
        private readonly string _documents = Path.Combine(Path.GetTempPath(), "graphapi-mcp-docs", Guid.NewGuid().ToString("N"));

        public Fixture()
        {
            Directory.CreateDirectory(_documents);
            File.WriteAllText(Path.Combine(_documents, "boards-with-pins.graphql"),
                "query BoardsWithPins($boards: Int!, $pins: Int!) { me { boards(first: $boards) { nodes { name pins(first: $pins) { nodes { id } } } } } }");
            // A thousand aliases of one field: the document limits refuse it when run, as they would on /graphql.
            File.WriteAllText(Path.Combine(_documents, "thousand-aliases.graphql"),
                "query ThousandAliases { " + string.Concat(Enumerable.Range(0, 1_000).Select(i => $"a{i}: me {{ id }} ")) + "}");
            Factory = new SandboxGatewayFactory([.. RelaxedLimits.RateLimits, ("Mcp:AllowWrites", "true"), ("GraphQL:TrustedDocuments:Folder", _documents)]);
            ReadOnly = new SandboxGatewayFactory([.. RelaxedLimits.RateLimits]);
        }

        public SandboxGatewayFactory Factory { get; }

        public SandboxGatewayFactory ReadOnly { get; }

        public async Task InitializeAsync()
        {
            await Factory.ConnectDemoUsersAsync();
            await ReadOnly.ConnectDemoUsersAsync();
        }

        public Task DisposeAsync()
        {
            Factory.Dispose();
            ReadOnly.Dispose();
            Directory.Delete(_documents, recursive: true);
            return Task.CompletedTask;
        }
    }
}
