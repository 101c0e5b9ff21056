using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using GraphApi.Pinterest.Sandbox;
using GraphApi.Tests.Infrastructure;
namespace GraphApi.Tests.Execution.Cost;

/// <summary>
/// Hostile documents against the per-request budgets (100 estimated Pinterest calls, 10 writes by default): each is
/// refused before execution with 400 and the computed cost, and makes no Pinterest call at all (sandbox counters).
/// </summary>
[Collection(PinterestSandboxTests.Name)]
public sealed class CostLimitTests(PinterestSandboxFixture fixture)
{
    [Fact]
    public async Task The_recursive_pin_board_pins_document_is_refused_at_once_without_a_call()
    {
        // pin → board → pins(first: 25) → board → pins(first: 25) …, five levels: about 200 characters.
        var recursive = "{ pin(id: \"93000000000000001\") { " + string.Concat(Enumerable.Repeat("board { pins(first: 25) { nodes { ", 5)) + "title"
            + string.Concat(Enumerable.Repeat(" } } }", 5)) + " } }";

        var answer = await CostClient.QueryAsync(fixture, SandboxDemoUsers.Pinner, recursive);

        ShouldBeRefused(answer, "COST_LIMIT_EXCEEDED");
        var cost = answer.Body.GetProperty("errors")[0].At("extensions.cost");
        // 1 (pin, whose board ID the board field needs) + f(5), f(k) = 1 + 25 f(k-1), f(1) = 1: a page per level,
        // 25 pins each; the boards are handles with only pins selected, so they cost nothing.
        cost.GetProperty("upstreamCalls").GetInt32().ShouldBe(406_902);
        cost.TryGetProperty("expandedFields", out _).ShouldBeFalse();
        cost.GetProperty("maxUpstreamCalls").GetInt32().ShouldBe(100);
        cost.GetProperty("writes").GetInt32().ShouldBe(0);
        cost.GetProperty("maxWrites").GetInt32().ShouldBe(10);
        answer.Body.TryGetProperty("data", out _).ShouldBeFalse();
    }

    [Fact]
    public async Task Under_graphql_response_json_a_refusal_is_400_too()
    {
        using var client = fixture.Factory.CreateClientFor(SandboxDemoUsers.Pinner);
        using var response = await client.SendAsync(Infrastructure.GraphQLHttp.PostQuery(
            "{ me { boards(first: 250) { nodes { name pins { nodes { title } } } } } }", accept: Infrastructure.GraphQLHttp.GraphQLResponse));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_thousand_aliases_of_distinct_boards_are_refused_and_of_one_board_cost_one_call()
    {
        var distinct = "{ " + string.Join(' ', Enumerable.Range(0, 1000).Select(i => $"b{i}:board(id:\"{i}\"){{name}}")) + " }";
        var refused = await CostClient.QueryAsync(fixture, SandboxDemoUsers.Pinner, distinct);

        ShouldBeRefused(refused, "COST_LIMIT_EXCEEDED");
        refused.Body.GetProperty("errors")[0].At("extensions.cost.upstreamCalls").GetInt32().ShouldBe(1000);

        var same = "query($id: ID!) { " + string.Join(' ', Enumerable.Range(0, 1000).Select(i => $"b{i}:board(id:$id){{name}}")) + " }";
        var admitted = await CostClient.QueryAsync(fixture, SandboxDemoUsers.Pinner, same, new { id = "91000000000000001" });

        admitted.Body.ShouldHaveNoErrors();
        admitted.EstimatedCalls.ShouldBe(1);
        admitted.UpstreamCalls.ShouldBe(1);
    }

    [Fact]
    public async Task Nodes_count_every_distinct_id_across_aliases()
    {
        var hundred = Enumerable.Range(0, 100).Select(i => GlobalIds.Of("Pin", (93000000000500000 + i).ToString(CultureInfo.InvariantCulture))).ToArray();
        var otherHundred = Enumerable.Range(100, 100).Select(i => GlobalIds.Of("Pin", (93000000000500000 + i).ToString(CultureInfo.InvariantCulture))).ToArray();

        var twoSets = await CostClient.QueryAsync(fixture, SandboxDemoUsers.Pinner,
            "query($a: [ID!]!, $b: [ID!]!) { a: nodes(ids: $a) { ... on Pin { title } } b: nodes(ids: $b) { ... on Pin { title } } c: nodes(ids: $a) { ... on Pin { title } } }", new { a = hundred, b = otherHundred });
        ShouldBeRefused(twoSets, "COST_LIMIT_EXCEEDED");
        twoSets.Body.GetProperty("errors")[0].At("extensions.cost.upstreamCalls").GetInt32().ShouldBe(200);

        var boards = Enumerable.Range(0, 10).Select(i => GlobalIds.Of("Board", (91000000000500000 + i).ToString(CultureInfo.InvariantCulture))).ToArray();
        var pagesPerItem = await CostClient.QueryAsync(fixture, SandboxDemoUsers.Pinner,
            "query($ids: [ID!]!) { nodes(ids: $ids) { ... on Board { pins(first: 25) { nodes { board { name } } } } } }", new { ids = boards });
        ShouldBeRefused(pagesPerItem, "COST_LIMIT_EXCEEDED");
        pagesPerItem.Body.GetProperty("errors")[0].At("extensions.cost.upstreamCalls").GetInt32().ShouldBe(10 + (10 * 25), "the boards are handles: only their pin pages and each pin's board name cost calls");
    }

    [Fact]
    public async Task The_same_hundred_ids_under_three_aliases_are_one_hundred_calls_and_admitted()
    {
        var ids = Enumerable.Range(0, 100).Select(i => GlobalIds.Of("Pin", (93000000000600000 + i).ToString(CultureInfo.InvariantCulture))).ToArray();

        var answer = await CostClient.QueryAsync(fixture, SandboxDemoUsers.Pinner,
            "query($ids: [ID!]!) { a: nodes(ids: $ids) { ... on Pin { title } } b: nodes(ids: $ids) { ... on Pin { title } } c: nodes(ids: $ids) { ... on Pin { title } } }", new { ids });

        answer.Status.ShouldBe(HttpStatusCode.OK);
        answer.EstimatedCalls.ShouldBe(100);
        answer.UpstreamCalls.ShouldBeInRange(1, 100);
    }

    [Fact]
    public async Task A_batch_shares_one_budget_so_operations_past_it_are_refused_in_their_slots()
    {
        // Each operation is estimated at 1 + 1 + 88 = 90 calls (me, the board page, a pin page per board): under the
        // budget alone, over it from the second on. A refused operation uses none of the budget, so each later one
        // meets the same total: the 90 spent plus its own 90.
        const string NearlyFull = "{ me { username boards(first: 88) { nodes { pins(first: 1) { nodes { id } } } } } }";
        var batch = "[" + string.Join(',', Enumerable.Repeat(JsonSerializer.Serialize(new { query = NearlyFull }), 10)) + "]";

        var answer = await CostClient.SendAsync(fixture, SandboxDemoUsers.Pinner, batch);

        answer.Status.ShouldBe(HttpStatusCode.OK);
        var results = answer.Body.EnumerateArray().ToList();
        results.Count.ShouldBe(10);
        results[0].ShouldHaveNoErrors();
        results[0].At("extensions.cost.requestUpstreamCalls").GetInt32().ShouldBe(90);
        for (var i = 1; i < 10; i++)
        {
            results[i].TryGetProperty("data", out _).ShouldBeFalse();
            var error = results[i].GetProperty("errors")[0];
            error.At("extensions.code").GetString().ShouldBe("COST_LIMIT_EXCEEDED");
            error.At("extensions.cost.upstreamCalls").GetInt32().ShouldBe(90);
            error.At("extensions.cost.requestUpstreamCalls").GetInt32().ShouldBe(180);
        }

        fixture.Counters.CountOf("boards/list").ShouldBe(1);
        fixture.Counters.CountOf("user_account/get").ShouldBe(1);
    }

    [Fact]
    public async Task A_refused_operation_leaves_the_rest_of_the_batch_budget_to_the_next_ones()
    {
        const string TooMuch = "{ me { boards(first: 250) { nodes { pins(first: 1) { nodes { id } } } } } }";
        var batch = $"[{JsonSerializer.Serialize(new { query = TooMuch })},{JsonSerializer.Serialize(new { query = "{ me { username } }" })}]";

        var answer = await CostClient.SendAsync(fixture, SandboxDemoUsers.Pinner, batch);

        var results = answer.Body.EnumerateArray().ToList();
        results[0].GetProperty("errors")[0].At("extensions.code").GetString().ShouldBe("COST_LIMIT_EXCEEDED");
        results[1].ShouldHaveNoErrors();
        results[1].At("data.me.username").GetString().ShouldBe("demo.pinner");
        results[1].At("extensions.cost.requestUpstreamCalls").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task A_batch_of_cheap_operations_runs_whole()
    {
        var batch = "[" + string.Join(',', Enumerable.Repeat(JsonSerializer.Serialize(new { query = "{ me { username } }" }), 10)) + "]";

        var answer = await CostClient.SendAsync(fixture, SandboxDemoUsers.Pinner, batch);

        answer.Body.EnumerateArray().ShouldAllBe(r => r.At("data.me.username").GetString() == "demo.pinner");
        answer.Body.EnumerateArray().Last().At("extensions.cost.requestUpstreamCalls").GetInt32().ShouldBe(10);
    }

    [Fact]
    public async Task Two_hundred_aliased_create_board_fields_write_nothing()
    {
        var mutation = "mutation { " + string.Join(' ', Enumerable.Range(0, 200).Select(i => $"c{i}: createBoard(input: {{ name: \"Spam {i}\" }}) {{ board {{ id }} }}")) + " }";

        var answer = await CostClient.QueryAsync(fixture, SandboxDemoUsers.Pinner, mutation);

        ShouldBeRefused(answer, "WRITE_LIMIT_EXCEEDED");
        var error = answer.Body.GetProperty("errors").EnumerateArray().First(e => e.At("extensions.code").GetString() == "WRITE_LIMIT_EXCEEDED");
        error.At("extensions.cost.writes").GetInt32().ShouldBe(200);
        error.At("extensions.cost.maxWrites").GetInt32().ShouldBe(10);
        fixture.Counters.CountOf("boards/create").ShouldBe(0);
    }

    [Fact]
    public async Task Eleven_writes_are_over_the_write_budget_and_ten_are_not()
    {
        static string Deletes(int n) => "mutation { " + string.Join(' ', Enumerable.Range(0, n).Select(i => $"d{i}: deletePin(input: {{ pinId: \"9300000000070000{i % 10}\" }}) {{ deletedPinId }}")) + " }";

        var eleven = await CostClient.QueryAsync(fixture, SandboxDemoUsers.Curator, Deletes(11));
        ShouldBeRefused(eleven, "WRITE_LIMIT_EXCEEDED");
        eleven.Codes.ShouldBe(["WRITE_LIMIT_EXCEEDED"]);

        var ten = await CostClient.QueryAsync(fixture, SandboxDemoUsers.Curator, Deletes(10));
        ten.Status.ShouldBe(HttpStatusCode.OK);
        ten.Body.At("extensions.cost.writes").GetInt32().ShouldBe(10);
        ten.EstimatedCalls.ShouldBe(10);
        ten.UpstreamCalls.ShouldBe(10);
    }

    [Fact]
    public async Task A_fragment_fan_out_of_pinterest_calls_is_refused_after_a_linear_walk_with_its_estimate()
    {
        // 2^8 copies of me { boards(first: 1) } under one response name: within the document limits at their maxima
        // (1,000 fields per response name), so it reaches this analysis. me is one loader key, each boards one page call.
        // (A fan-out of selections that calls Pinterest once is the document limits' job, GraphQL:Limits:MaxFieldSelections:
        // HostileDocumentTests refuses it at the defaults before validation.)
        var costly = await CostClient.QueryAsync(fixture, SandboxDemoUsers.Pinner, FanOut(8, "me { username boards(first: 1) { nodes { id } } }"));

        ShouldBeRefused(costly, "COST_LIMIT_EXCEEDED");
        costly.Codes.ShouldBe(["COST_LIMIT_EXCEEDED"]);
        var cost = costly.Body.GetProperty("errors")[0].At("extensions.cost");
        cost.GetProperty("upstreamCalls").GetInt32().ShouldBe(1 + (1 << 8));
        cost.GetProperty("maxUpstreamCalls").GetInt32().ShouldBe(100);
        cost.TryGetProperty("expandedFields", out _).ShouldBeFalse();
        cost.TryGetProperty("maxExpandedFields", out _).ShouldBeFalse();
    }

    [Fact]
    public async Task A_small_fan_out_runs_and_calls_pinterest_once()
    {
        var answer = await CostClient.QueryAsync(fixture, SandboxDemoUsers.Pinner, FanOut(8, "me { username }"));

        // 2^8 paths to me, each analysis memoised per fragment: work linear in the written document, not in the paths.
        answer.Visits.ShouldBeLinearIn(answer.WrittenSelections);
        answer.Body.ShouldHaveNoErrors();
        answer.Body.At("data.me.username").GetString().ShouldBe("demo.pinner");
        answer.EstimatedCalls.ShouldBe(1);
        answer.UpstreamCalls.ShouldBe(1);
    }

    [Fact]
    public async Task Variables_driving_first_are_counted()
    {
        const string Query = "query($first: Int) { me { boards(first: $first) { nodes { pins(first: 1) { nodes { id } } } } } }";

        var big = await CostClient.QueryAsync(fixture, SandboxDemoUsers.Pinner, Query, new { first = 250 });
        ShouldBeRefused(big, "COST_LIMIT_EXCEEDED");
        big.Body.GetProperty("errors")[0].At("extensions.cost.upstreamCalls").GetInt32().ShouldBe(251, "me is a handle: its boards need no account call");

        var small = await CostClient.QueryAsync(fixture, SandboxDemoUsers.Pinner, Query, new { first = 5 });
        small.Body.ShouldHaveNoErrors();
        small.EstimatedCalls.ShouldBe(6);
    }

    [Fact]
    public async Task A_deeply_nested_but_cheap_document_is_admitted()
    {
        // pin → board → pins(first: 1) → board …, twelve levels: a few calls per level, not a product.
        var query = new StringBuilder("{ board(id: \"91000000000000002\") { ");
        for (var i = 0; i < 12; i++)
        {
            query.Append("pins(first: 1) { nodes { title board { ");
        }

        query.Append("name");
        query.Append(string.Concat(Enumerable.Repeat(" } } }", 12))).Append(" } }");

        var answer = await CostClient.QueryAsync(fixture, SandboxDemoUsers.Pinner, query.ToString());

        answer.Body.ShouldHaveNoErrors();
        answer.EstimatedCalls.ShouldBe(12 + 1, "a page per level; the boards are handles, only the innermost one (name) loads");
        answer.EstimatedCalls.ShouldBeGreaterThanOrEqualTo((int)answer.UpstreamCalls);
    }

    [Fact]
    public async Task Ordinary_queries_of_another_caller_keep_working_after_a_refusal()
    {
        var refused = await CostClient.QueryAsync(fixture, SandboxDemoUsers.Pinner, FanOut(8, "me { boards { nodes { id } } }"));
        ShouldBeRefused(refused, "COST_LIMIT_EXCEEDED");
        refused.Body.GetProperty("errors")[0].At("extensions.cost.upstreamCalls").GetInt32().ShouldBe(1 << 8);

        var other = await CostClient.QueryAsync(fixture, SandboxDemoUsers.Curator, "{ me { username boards(first: 2) { nodes { name } } } }");
        other.Body.ShouldHaveNoErrors();
        other.Body.At("data.me.username").GetString().ShouldBe("demo.curator");
    }

    /// <summary>Fragments A0, A1/B1 … An/Bn, each spreading both of the next level: 2^n paths to <paramref name="leaf"/>.</summary>
    internal static string FanOut(int levels, string leaf)
    {
        var text = new StringBuilder("query { ...A0 }\n");
        for (var i = 0; i < levels; i++)
        {
            foreach (var name in i == 0 ? ["A"] : new[] { "A", "B" })
            {
                text.Append(CultureInfo.InvariantCulture, $"fragment {name}{i} on Query {{ ...A{i + 1} ...B{i + 1} }}\n");
            }
        }

        text.Append(CultureInfo.InvariantCulture, $"fragment A{levels} on Query {{ {leaf} }}\nfragment B{levels} on Query {{ {leaf} }}\n");
        return text.ToString();
    }

    private static void ShouldBeRefused(CostClient.Answer answer, string code)
    {
        answer.Status.ShouldBe(HttpStatusCode.BadRequest, answer.Body.ToString()[..Math.Min(2000, answer.Body.ToString().Length)]);
        answer.Codes.ShouldContain(code);
        answer.UpstreamCalls.ShouldBe(0);
        // Refused after analyses linear in the written document (each memoises per fragment), however it fans out.
        answer.Visits.ShouldBeLinearIn(answer.WrittenSelections);
    }
}
