using System.Diagnostics;
using System.Text.Json;
using GraphApi.Tests.Sandbox;
using Xunit.Abstractions;

namespace GraphApi.Tests.Frontend;

/// <summary>
/// What the Apollo and urql example tests share: both examples print the same report shape (see their README),
/// because both drive the same steps against the gateway, so the assertions on it live once, here.
/// </summary>
internal static class ApolloUrqlExampleRuns
{
    /// <summary>Builds the example (documents validated against schema.graphql, cache metadata generated) and runs it.</summary>
    public static async Task<JsonElement> BuildAndStartAsync(ExampleProject example, SandboxGatewayFactory gateway, ITestOutputHelper output)
    {
        example.RequireInstalled();
        await example.RunAsync("build", TimeSpan.FromMinutes(2));
        var report = await example.RunReportAsync("start", gateway.Address, TimeSpan.FromMinutes(3));
        output.WriteLine(report.ToString());
        output.WriteLine(string.Join(", ", gateway.Counters.Snapshot().OrderBy(c => c.Key).Select(c => $"{c.Key}={c.Value}")));
        return report;
    }

    /// <summary>The steps every run must show; <paramref name="errorType"/> is the client's own error class.</summary>
    public static void ShouldShowEveryStep(JsonElement report, string errorType, string user = "demo.pinner")
    {
        report.TryGetProperty("error", out var error).ShouldBeFalse($"the run failed: {error}");
        report.GetProperty("warnings").GetArrayLength().ShouldBe(0, "the cache setup fits the schema: no warning from the client");

        var dashboard = report.GetProperty("dashboard");
        dashboard.GetProperty("username").GetString().ShouldBe(user);
        dashboard.GetProperty("boards").GetInt32().ShouldBe(2);
        dashboard.GetProperty("hasNextPage").GetBoolean().ShouldBeTrue("each demo user with boards has more than two, so there is a next page");
        dashboard.GetProperty("requests").GetInt32().ShouldBe(1);

        // The merged list read from the cache: both pages in order, no duplicates, the last page's end.
        var next = report.GetProperty("nextPage");
        next.GetProperty("secondPage").GetInt32().ShouldBe(2);
        next.GetProperty("merged").GetInt32().ShouldBe(4);
        next.GetProperty("distinct").GetInt32().ShouldBe(4);
        next.GetProperty("firstPageThenSecond").GetBoolean().ShouldBeTrue();
        next.GetProperty("endCursorIsLastPage").GetBoolean().ShouldBeTrue();
        var merged = next.GetProperty("mergedPageInfo");
        var last = next.GetProperty("lastPageInfo");
        merged.GetProperty("hasNextPage").GetBoolean().ShouldBe(last.GetProperty("hasNextPage").GetBoolean());
        last.GetProperty("hasPreviousPage").GetBoolean().ShouldBeTrue("the gateway says a page read with `after` has items before it");
        merged.GetProperty("hasPreviousPage").GetBoolean().ShouldBeFalse("the merged list starts at the first page");
        next.GetProperty("watcherSees").GetInt32().ShouldBe(4, "the query on screen shows both pages");
        next.GetProperty("requests").GetInt32().ShouldBe(1);

        var pins = report.GetProperty("boardPins");
        pins.GetProperty("firstPage").GetInt32().ShouldBe(3);
        pins.GetProperty("merged").GetInt32().ShouldBe(6);
        pins.GetProperty("distinct").GetInt32().ShouldBe(6);
        pins.GetProperty("requests").GetInt32().ShouldBe(2);

        // The mutation's payload updated the cache: one request, and the cache-only read shows what was sent.
        var mutation = report.GetProperty("mutation");
        mutation.GetProperty("payloadErrors").GetInt32().ShouldBe(0);
        mutation.GetProperty("cacheOnlyTitle").GetString().ShouldBe(mutation.GetProperty("sentTitle").GetString());
        mutation.GetProperty("cacheShowsNewTitle").GetBoolean().ShouldBeTrue();
        mutation.GetProperty("watcherShowsNewTitle").GetBoolean().ShouldBeTrue();
        mutation.GetProperty("pinsStillMerged").GetInt32().ShouldBe(6, "updating one pin keeps both merged pages");
        mutation.GetProperty("requests").GetInt32().ShouldBe(1, "no refetch after the mutation");

        // createPin, put first in the board's list by the app's update function: no refetch either.
        var created = report.GetProperty("createPin");
        created.GetProperty("payloadErrors").GetInt32().ShouldBe(0);
        created.GetProperty("cachedPins").GetInt32().ShouldBe(7, "both merged pages and the new pin");
        created.GetProperty("distinct").GetInt32().ShouldBe(7);
        created.GetProperty("newPinFirst").GetBoolean().ShouldBeTrue();
        created.GetProperty("watcherSees").GetInt32().ShouldBe(7);
        created.GetProperty("requests").GetInt32().ShouldBe(1, "no refetch after the mutation");

        var notFound = report.GetProperty("notFound");
        notFound.GetProperty("errorType").GetString().ShouldBe(errorType);
        Codes(notFound).ShouldBe(["NOT_FOUND"]);
        notFound.GetProperty("pin").ValueKind.ShouldBe(JsonValueKind.Null);
        notFound.GetProperty("status").GetInt32().ShouldBe(200);
        notFound.GetProperty("requests").GetInt32().ShouldBe(1);

        // 400 under application/graphql-response+json still carries a GraphQL body: the client reads its code.
        var badVariable = report.GetProperty("badVariable");
        badVariable.GetProperty("errorType").GetString().ShouldBe(errorType);
        Codes(badVariable).ShouldBe(["INVALID_VALUE"]);
        badVariable.GetProperty("status").GetInt32().ShouldBe(400);
        badVariable.GetProperty("requests").GetInt32().ShouldBe(1);

        var missingScope = report.GetProperty("missingScope");
        missingScope.GetProperty("typename").GetString().ShouldBe("InsufficientScopeError");
        missingScope.GetProperty("code").GetString().ShouldBe("INSUFFICIENT_SCOPE", "`... on UserError` matched through the generated schema data");
        missingScope.GetProperty("pin").ValueKind.ShouldBe(JsonValueKind.Null);
        missingScope.GetProperty("requests").GetInt32().ShouldBe(1);

        report.GetProperty("titleAfterRefusal").GetString().ShouldBe(mutation.GetProperty("sentTitle").GetString());
        report.GetProperty("totalRequests").GetInt32().ShouldBe(9);
    }

    /// <summary>
    /// Everything that reached the sandbox Pinterest: each page once (the viewer and the board again with their next
    /// page), the missing pin once, each accepted write once; the refused write, the request with a bad variable and
    /// the cache-only reads never. A refetch anywhere would add calls.
    /// </summary>
    /// <param name="gateway">The gateway the example ran against.</param>
    /// <param name="pinsCreated">Pins the run created: 1, plus 1 for the urql example's upload step.</param>
    public static void ShouldHaveCalledPinterestOncePerStep(SandboxGatewayFactory gateway, int pinsCreated = 1)
    {
        gateway.Counters.CountOf("pins/update").ShouldBe(1, "the write refused for a missing scope never reached Pinterest");
        gateway.Counters.Snapshot().Where(c => c.Value > 0).OrderBy(c => c.Key, StringComparer.Ordinal)
            .Select(c => $"{c.Key}={c.Value}")
            .ShouldBe(["boards/get=2", "boards/list=2", "boards/list_pins=2", $"pins/create={pinsCreated}", "pins/get=1", "pins/update=1", "user_account/get=2"]);
    }

    /// <summary>
    /// Runs the example's build against a copy of schema.graphql in which Mutation.updatePin is renamed, as if the
    /// gateway had dropped it: the build must fail and name the document, before any app code runs.
    /// </summary>
    public static async Task BuildShouldRefuseDocumentsTheSchemaNoLongerHasAsync(ExampleProject example)
    {
        example.RequireInstalled();
        var schemaPath = Path.Combine(Path.GetTempPath(), $"graphapi-drifted-{Guid.NewGuid():N}.graphql");
        var schema = await File.ReadAllTextAsync(Path.Combine(example.Folder, "..", "..", "schema.graphql"));
        schema.ShouldContain("  updatePin(");
        await File.WriteAllTextAsync(schemaPath, schema.Replace("  updatePin(", "  changePin(", StringComparison.Ordinal));
        try
        {
            var start = new ProcessStartInfo("npm", ["run", "--silent", "build"])
            {
                WorkingDirectory = example.Folder,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            start.Environment["GRAPHAPI_SCHEMA"] = schemaPath;
            using var process = Process.Start(start)!;
            using var cancel = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            var stdout = process.StandardOutput.ReadToEndAsync(cancel.Token);
            var stderr = process.StandardError.ReadToEndAsync(cancel.Token);
            await process.WaitForExitAsync(cancel.Token);
            var errors = await stderr;
            await stdout;
            process.ExitCode.ShouldNotBe(0, $"the build accepted a document the schema does not have:\n{errors}");
            errors.ShouldContain("RenamePin: Cannot query field \"updatePin\" on type \"Mutation\".");
        }
        finally
        {
            File.Delete(schemaPath);
        }
    }

    private static string?[] Codes(JsonElement step) =>
        [.. step.GetProperty("codes").EnumerateArray().Select(c => c.GetString())];
}
