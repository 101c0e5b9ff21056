using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GraphApi.Http.TrustedDocuments;
using GraphApi.Tests.Infrastructure;
using GraphApi.Tests.Sandbox;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace GraphApi.Tests.Frontend;

/// <summary>
/// examples/codegen: GraphQL Code Generator's client preset generates typed documents and a SHA-256
/// persisted-documents.json; the app type-checks against them and runs every operation by hash only against a gateway
/// that requires trusted documents and was given exactly the manifest the app ships (trusted-documents/).
/// </summary>
public sealed class CodegenExampleTests(CodegenExampleTests.Build build, ITestOutputHelper output) : IClassFixture<CodegenExampleTests.Build>
{
    private static readonly ExampleProject Example = new("codegen");

    private static string ShippedFolder => Path.Combine(Example.Folder, "trusted-documents");

    private static string ShippedManifest => Path.Combine(ShippedFolder, "persisted-documents.json");

    private static string GeneratedManifest => Path.Combine(Example.Folder, "src", "gql", "persisted-documents.json");

    [SkippableFact]
    public async Task The_build_type_checks_and_reproduces_the_shipped_manifest_byte_for_byte()
    {
        Example.RequireInstalled();
        await build.RunOnceAsync();

        File.Exists(GeneratedManifest).ShouldBeTrue("codegen writes persisted-documents.json beside the typed documents");
        (await File.ReadAllBytesAsync(GeneratedManifest)).ShouldBe(
            await File.ReadAllBytesAsync(ShippedManifest),
            "trusted-documents/persisted-documents.json is what ships to the gateway: after changing an operation run "
            + "`npm run build && npm run update-manifest` in examples/codegen and commit the manifest");

        var manifest = ReadManifest(ShippedManifest);
        manifest.Keys.Select(k => k.Length).ShouldAllBe(length => length == 64, "hashAlgorithm sha256");
        manifest.ShouldAllBe(entry => entry.Key == Sha256(entry.Value), "each key is the SHA-256 of its exact text");
        manifest.Values.Select(OperationName).ShouldBe(
            ["query Dashboard", "query BoardPage", "query PinDetail", "mutation CreatePin", "mutation UpdatePin", "mutation DeletePin"],
            ignoreOrder: true);
    }

    [SkippableFact]
    public async Task A_field_the_documents_do_not_select_or_that_a_fragment_masks_fails_the_type_check()
    {
        Example.RequireInstalled();
        await build.RunOnceAsync();
        var probe = Path.Combine(Example.Folder, "test-probes", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(probe);
        try
        {
            await File.WriteAllTextAsync(Path.Combine(probe, "tsconfig.json"), """{ "extends": "../../tsconfig.json", "include": ["*.ts"] }""");
            await File.WriteAllTextAsync(Path.Combine(probe, "wrong.ts"), """
                import type { ResultOf, VariablesOf } from '@graphql-typed-document-node/core';
                import type { DashboardQuery } from '../../src/dashboard';
                import type { BoardPageQuery } from '../../src/board-page';

                declare const dashboard: ResultOf<typeof DashboardQuery>;
                export const email: string = dashboard.me!.email;
                export const boardName: string = dashboard.me!.boards!.nodes[0]!.name;
                export const variables: VariablesOf<typeof BoardPageQuery> = { id: 'b', first: '5' };
                """);

            var (exitCode, text) = await RunTypeCheckAsync(Path.Combine(probe, "tsconfig.json"));
            output.WriteLine(text);

            exitCode.ShouldNotBe(0);
            text.ShouldContain("wrong.ts(6,", customMessage: "me.email is not selected by the Dashboard query");
            text.ShouldContain("Property 'email' does not exist");
            text.ShouldContain("wrong.ts(7,", customMessage: "a board's name is masked: only getFragmentData(BoardCardFragment, ...) reads it");
            text.ShouldContain("Property 'name' does not exist");
            text.ShouldContain("wrong.ts(8,", customMessage: "$first is an Int");
        }
        finally
        {
            Directory.Delete(probe, recursive: true);
        }
    }

    [SkippableFact]
    public async Task The_app_runs_every_operation_by_hash_against_a_gateway_that_requires_trusted_documents()
    {
        Example.RequireInstalled();
        await build.RunOnceAsync();
        Directory.GetFiles(ShippedFolder, "*", SearchOption.AllDirectories).Select(Path.GetFileName).ShouldBe(["persisted-documents.json"]);
        var manifest = ReadManifest(ShippedManifest);
        using var gateway = SandboxGatewayFactory.SelfIssuing(
            ("GraphQL:TrustedDocuments:Folder", ShippedFolder),
            ("GraphQL:TrustedDocuments:RequiredForAll", "true"));
        gateway.Services.GetRequiredService<TrustedDocumentSet>().Count.ShouldBe(manifest.Count, "the gateway loads the manifest as codegen wrote it");

        var report = await Example.RunReportAsync("start", gateway.Address, TimeSpan.FromMinutes(3));
        output.WriteLine(report.ToString());

        report.TryGetProperty("error", out var error).ShouldBeFalse(error.ToString());
        report.GetProperty("steps").EnumerateArray().Select(s => s.GetString()).ShouldBe(
        [
            "signed in", "dashboard", "board page 1", "board page 2", "pin detail", "pin created", "pin update refused",
            "pin updated", "pin deleted", "deleted pin gone", "id forms", "refusals",
        ]);

        // Hash only: every operation of the app went out as a bare documentId, and together they are the whole manifest.
        var requests = report.GetProperty("requests");
        requests.GetProperty("withQueryText").GetInt32().ShouldBe(0);
        requests.GetProperty("operations").GetInt32().ShouldBe(9);
        requests.GetProperty("documentIds").EnumerateArray().Select(i => i.GetString()).ShouldBe(manifest.Keys.Order(StringComparer.Ordinal));

        var dashboard = report.GetProperty("dashboard");
        dashboard.GetProperty("connection").GetString().ShouldBe("CONNECTED");
        dashboard.GetProperty("username").GetString().ShouldBe("demo.pinner");
        dashboard.GetProperty("boards").GetInt32().ShouldBeGreaterThan(0);
        dashboard.GetProperty("boardsWithImage").GetInt32().ShouldBe(dashboard.GetProperty("boards").GetInt32(), "every board tile has a cover or pin image");

        var boardPage = report.GetProperty("boardPage");
        var page1 = boardPage.GetProperty("page1").EnumerateArray().Select(p => p.GetString()).ToList();
        var page2 = boardPage.GetProperty("page2").EnumerateArray().Select(p => p.GetString()).ToList();
        page1.Count.ShouldBe(5);
        page2.ShouldNotBeEmpty("the second page follows pageInfo.endCursor");
        page1.Intersect(page2).ShouldBeEmpty("the cursor continues after the first page");
        boardPage.GetProperty("hasNextPageAfterPage1").GetBoolean().ShouldBeTrue();

        var pin = report.GetProperty("pinDetail");
        pin.GetProperty("id").GetString().ShouldBe(page1[0]);
        pin.GetProperty("boardId").GetString().ShouldBe(boardPage.GetProperty("boardId").GetString());
        pin.GetProperty("mediaType").GetString().ShouldBe("ImagePinMedia");

        var created = report.GetProperty("created");
        created.GetProperty("replayed").GetBoolean().ShouldBeFalse();
        created.GetProperty("boardId").GetString().ShouldBe(boardPage.GetProperty("boardId").GetString());
        var refused = report.GetProperty("updateRefused");
        refused.GetProperty("pinReturned").GetBoolean().ShouldBeFalse();
        var refusal = refused.GetProperty("errors").EnumerateArray().ShouldHaveSingleItem();
        refusal.GetProperty("type").GetString().ShouldBe("ValidationError");
        refusal.GetProperty("code").GetString().ShouldBe("VALIDATION_FAILED");
        refusal.GetProperty("field").GetString().ShouldBe("title");
        report.GetProperty("updated").GetProperty("id").GetString().ShouldBe(created.GetProperty("id").GetString());
        report.GetProperty("updated").GetProperty("title").GetString().ShouldEndWith("(edited)");
        report.GetProperty("deleted").GetProperty("id").GetString().ShouldBe(created.GetProperty("id").GetString());
        report.GetProperty("deleted").GetProperty("afterDelete").GetProperty("code").GetString().ShouldBe("NOT_FOUND");

        var idForms = report.GetProperty("idForms");
        idForms.GetProperty("bareHash").GetBoolean().ShouldBeTrue();
        idForms.GetProperty("prefixed").GetBoolean().ShouldBeTrue("documentId sha256:<hash> names the same document");
        idForms.GetProperty("apq").GetBoolean().ShouldBeTrue("extensions.persistedQuery with a trusted hash runs for a restricted caller");

        var refusals = report.GetProperty("refusals");
        refusals.GetProperty("unknownDocumentId").GetProperty("code").GetString().ShouldBe("PERSISTED_QUERY_NOT_FOUND");
        refusals.GetProperty("queryText").GetProperty("code").GetString().ShouldBe("PERSISTED_DOCUMENTS_ONLY");
        refusals.GetProperty("queryText").GetProperty("ran").GetBoolean().ShouldBeFalse();
        refusals.GetProperty("apqRegistration").GetProperty("code").GetString().ShouldBe("PERSISTED_DOCUMENTS_ONLY");
        refusals.GetProperty("sha1DocumentId").GetProperty("code").GetString().ShouldBe("INVALID_REQUEST");

        // Pinterest saw one create, one update (the refused update never left the gateway) and one delete.
        gateway.Counters.CountOf("pins/create").ShouldBe(1);
        gateway.Counters.CountOf("pins/update").ShouldBe(1);
        gateway.Counters.CountOf("pins/delete").ShouldBe(1);

        // Independently of the app: under RequiredForAll the gateway refuses the app's own operations sent as text.
        using var client = gateway.CreateBrowser();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await SandboxTokenAsync(client));
        foreach (var text in manifest.Values)
        {
            using var response = await client.SendAsync(GraphQLHttp.PostQuery(text, new { boardCount = 1 }, GraphQLHttp.GraphQLResponse));
            response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            (await response.ReadJsonAsync()).FirstErrorCode().ShouldBe("PERSISTED_DOCUMENTS_ONLY");
        }

        gateway.Counters.CountOf("pins/create").ShouldBe(1, "no refused request reached Pinterest");
    }

    [SkippableFact]
    public async Task Against_a_gateway_without_the_manifest_the_app_stops_at_its_first_operation_and_says_what_to_deploy()
    {
        Example.RequireInstalled();
        await build.RunOnceAsync();
        using var gateway = SandboxGatewayFactory.SelfIssuing();

        var (exitCode, text) = await RunNpmAsync(["run", "--silent", "start"], ("GRAPHAPI_URL", gateway.Address.ToString().TrimEnd('/')));
        output.WriteLine(text);

        exitCode.ShouldNotBe(0);
        using var document = JsonDocument.Parse(text.Split('\n', StringSplitOptions.RemoveEmptyEntries).First(l => l.StartsWith('{')));
        var report = document.RootElement;
        report.GetProperty("steps").EnumerateArray().Select(s => s.GetString()).ShouldBe(["signed in"]);
        var error = report.GetProperty("error").GetString()!;
        error.ShouldContain("Dashboard failed with HTTP 400: PERSISTED_QUERY_NOT_FOUND");
        error.ShouldContain("deploy trusted-documents/persisted-documents.json to GraphQL:TrustedDocuments:Folder");
        gateway.Counters.CountOf("user_account/get").ShouldBe(0, "an unknown document never reaches Pinterest");
        gateway.Counters.CountOf("boards/list").ShouldBe(0);
    }

    [SkippableFact]
    public async Task Two_users_run_the_app_at_once_and_each_writes_only_to_their_own_boards()
    {
        Example.RequireInstalled();
        await build.RunOnceAsync();
        using var gateway = SandboxGatewayFactory.SelfIssuing(
            ("GraphQL:TrustedDocuments:Folder", ShippedFolder),
            ("GraphQL:TrustedDocuments:RequiredForAll", "true"));

        var users = new[] { "demo.pinner", "demo.business" };
        var reports = await Task.WhenAll(users.Select(user =>
            Example.RunReportAsync("start", gateway.Address, TimeSpan.FromMinutes(3), ("GRAPHAPI_USER", user))));

        for (var i = 0; i < users.Length; i++)
        {
            output.WriteLine(reports[i].ToString());
            reports[i].TryGetProperty("error", out var error).ShouldBeFalse(error.ToString());
            reports[i].GetProperty("dashboard").GetProperty("username").GetString().ShouldBe(users[i]);
            reports[i].GetProperty("created").GetProperty("boardId").GetString().ShouldBe(reports[i].GetProperty("boardPage").GetProperty("boardId").GetString());
        }

        reports[0].GetProperty("boardPage").GetProperty("boardId").GetString()
            .ShouldNotBe(reports[1].GetProperty("boardPage").GetProperty("boardId").GetString(), "each user pages and pins to a board of their own");
        gateway.Counters.CountOf("pins/create").ShouldBe(2);
        gateway.Counters.CountOf("pins/delete").ShouldBe(2);
    }

    private static async Task<string> SandboxTokenAsync(HttpClient client)
    {
        using var response = await client.PostAsJsonAsync("/sandbox/token", new { user = "demo.pinner" });
        response.EnsureSuccessStatusCode();
        return (await response.ReadJsonAsync()).GetProperty("access_token").GetString()!;
    }

    private static Dictionary<string, string> ReadManifest(string path) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(path))!;

    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>"query Name" / "mutation Name" of the one operation in a manifest entry (its fragments come first).</summary>
    private static string OperationName(string document)
    {
        var words = document.Split([' ', '(', '{'], StringSplitOptions.RemoveEmptyEntries);
        var index = Array.FindIndex(words, w => w is "query" or "mutation" or "subscription");
        return index < 0 || index + 1 >= words.Length ? document : $"{words[index]} {words[index + 1]}";
    }

    private static Task<(int ExitCode, string Output)> RunTypeCheckAsync(string project) =>
        RunNpmAsync(["exec", "--offline", "--", "tsc", "--noEmit", "-p", project]);

    /// <summary>Runs npm in the example's folder and returns its exit code and stdout (then stderr), failing or not.</summary>
    private static async Task<(int ExitCode, string Output)> RunNpmAsync(string[] arguments, params (string Key, string Value)[] environment)
    {
        var start = new ProcessStartInfo("npm", arguments)
        {
            WorkingDirectory = Example.Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        using var cancel = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var stdout = process.StandardOutput.ReadToEndAsync(cancel.Token);
        var stderr = process.StandardError.ReadToEndAsync(cancel.Token);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"npm {string.Join(' ', arguments)} took longer than 3 minutes.");
        }

        return (process.ExitCode, await stdout + await stderr);
    }

    /// <summary>`npm run build` once for the class: codegen, then the type-check of the app.</summary>
    public sealed class Build : IDisposable
    {
        private readonly SemaphoreSlim _gate = new(1, 1);
        private bool _done;

        public async Task RunOnceAsync()
        {
            await _gate.WaitAsync();
            try
            {
                if (!_done)
                {
                    await Example.RunAsync("build", TimeSpan.FromMinutes(3));
                    _done = true;
                }
            }
            finally
            {
                _gate.Release();
            }
        }

        public void Dispose() => _gate.Dispose();
    }
}
