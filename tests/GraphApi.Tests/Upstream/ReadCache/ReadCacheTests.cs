using System.Diagnostics.Metrics;
using GraphApi.Pinterest.Sandbox;
using GraphApi.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Tests.Upstream.ReadCache;

/// <summary>The read cache on one instance (memory only): what it saves, and every way it must not answer from memory.</summary>
[Collection(ReadCacheSandboxTests.Name)]
public sealed class ReadCacheTests(ReadCacheFixture fixture)
{
    private const string Board = "query($id: ID!) { board(id: $id) { id name } }";
    private const string Me = "{ me { username } }";

    [Fact]
    public async Task A_repeated_query_costs_no_second_call_and_answers_the_same()
    {
        fixture.Forget(SandboxDemoUsers.Pinner);
        fixture.Counters.Reset();

        var first = await fixture.QueryAsync(SandboxDemoUsers.Pinner, Board, new { id = "91000000000000002" });
        var second = await fixture.QueryAsync(SandboxDemoUsers.Pinner, Board, new { id = "91000000000000002" });

        first.ShouldHaveNoErrors();
        second.At("data").ToString().ShouldBe(first.At("data").ToString());
        fixture.Counters.CountOf("boards/get").ShouldBe(1);
    }

    [Fact]
    public async Task A_write_through_the_link_makes_the_next_read_ask_again_and_see_the_change()
    {
        var created = await fixture.QueryAsync(SandboxDemoUsers.Curator,
            "mutation { createBoard(input: { name: \"Cached\" }) { board { id } errors { __typename } } }");
        var id = created.At("data.createBoard.board.id").GetString();
        fixture.Counters.Reset();
        (await fixture.QueryAsync(SandboxDemoUsers.Curator, Board, new { id })).At("data.board.name").GetString().ShouldBe("Cached");
        (await fixture.QueryAsync(SandboxDemoUsers.Curator, Board, new { id })).At("data.board.name").GetString().ShouldBe("Cached");
        fixture.Counters.CountOf("boards/get").ShouldBe(1);

        var updated = await fixture.QueryAsync(SandboxDemoUsers.Curator,
            "mutation($id: ID!) { updateBoard(input: { boardId: $id, name: \"Renamed\" }) { board { name } errors { __typename } } }", new { id });
        updated.ShouldHaveNoErrors();
        var after = await fixture.QueryAsync(SandboxDemoUsers.Curator, Board, new { id });

        after.At("data.board.name").GetString().ShouldBe("Renamed");
        fixture.Counters.CountOf("boards/get").ShouldBe(2);

        await fixture.QueryAsync(SandboxDemoUsers.Curator, "mutation($id: ID!) { deleteBoard(input: { boardId: $id }) { deletedBoardId } }", new { id });
        (await fixture.QueryAsync(SandboxDemoUsers.Curator, Board, new { id })).FirstErrorCode().ShouldBe("NOT_FOUND");
        fixture.Counters.CountOf("boards/get").ShouldBe(3);
    }

    [Fact]
    public async Task One_users_answer_never_reaches_another_user()
    {
        fixture.Forget(SandboxDemoUsers.Pinner);
        fixture.Forget(SandboxDemoUsers.Business);
        fixture.Counters.Reset();

        var pinner = await fixture.QueryAsync(SandboxDemoUsers.Pinner, Me);
        var business = await fixture.QueryAsync(SandboxDemoUsers.Business, Me);
        var businessAgain = await fixture.QueryAsync(SandboxDemoUsers.Business, Me);

        business.At("data.me.username").GetString().ShouldNotBe(pinner.At("data.me.username").GetString());
        businessAgain.At("data").ToString().ShouldBe(business.At("data").ToString());
        fixture.Counters.CountOf("user_account/get").ShouldBe(2);
    }

    [Fact]
    public async Task A_caller_token_with_fewer_scopes_does_not_share_the_full_scope_entry()
    {
        fixture.Forget(SandboxDemoUsers.Pinner);
        fixture.Counters.Reset();

        (await fixture.QueryAsync(SandboxDemoUsers.Pinner, Me)).ShouldHaveNoErrors();
        (await fixture.QueryAsync(SandboxDemoUsers.Pinner, Me, tokenScope: "user_accounts:read")).ShouldHaveNoErrors();
        (await fixture.QueryAsync(SandboxDemoUsers.Pinner, Me, tokenScope: "user_accounts:read")).ShouldHaveNoErrors();

        fixture.Counters.CountOf("user_account/get").ShouldBe(2);
    }

    [Fact]
    public async Task A_reconnect_starts_clean()
    {
        fixture.Forget(SandboxDemoUsers.Business);
        await fixture.QueryAsync(SandboxDemoUsers.Business, Me);
        fixture.Counters.Reset();

        await fixture.ReconnectAsync(SandboxDemoUsers.Business);
        (await fixture.QueryAsync(SandboxDemoUsers.Business, Me)).ShouldHaveNoErrors();

        fixture.Counters.CountOf("user_account/get").ShouldBe(1);
    }

    [Fact]
    public async Task A_not_found_stays_not_found_and_is_asked_again()
    {
        fixture.Counters.Reset();

        (await fixture.QueryAsync(SandboxDemoUsers.Pinner, Board, new { id = "91999999999999999" })).FirstErrorCode().ShouldBe("NOT_FOUND");
        (await fixture.QueryAsync(SandboxDemoUsers.Pinner, Board, new { id = "91999999999999999" })).FirstErrorCode().ShouldBe("NOT_FOUND");

        fixture.Counters.CountOf("boards/get").ShouldBe(2);
    }

    [Fact]
    public async Task A_cut_off_body_and_a_cancelled_call_are_not_cached()
    {
        var faults = fixture.Factory.Services.GetRequiredService<ISandboxFaults>();
        fixture.Forget(SandboxDemoUsers.Curator);
        fixture.Counters.Reset();
        try
        {
            faults.Apply(new SandboxFaultSettings { MalformedJsonRate = 1 });
            (await fixture.QueryAsync(SandboxDemoUsers.Curator, Me)).TryGetProperty("errors", out _).ShouldBeTrue();

            faults.Apply(new SandboxFaultSettings { LatencyMs = 3000 });
            using (var impatient = fixture.Factory.CreateClientFor(SandboxDemoUsers.Curator))
            {
                impatient.Timeout = TimeSpan.FromMilliseconds(300);
                await Should.ThrowAsync<TaskCanceledException>(() => impatient.SendAsync(GraphQLHttp.PostQuery(Me)));
            }
        }
        finally
        {
            faults.Clear();
        }

        // The cancelled call may still be on its way out of the sandbox: count only from here.
        await Task.Delay(500);
        fixture.Counters.Reset();
        (await fixture.QueryAsync(SandboxDemoUsers.Curator, Me)).ShouldHaveNoErrors();
        fixture.Counters.CountOf("user_account/get").ShouldBe(1);
    }

    [Fact]
    public async Task A_hit_counts_as_a_read_cache_hit_and_not_as_a_Pinterest_call()
    {
        var scope = fixture.Factory.Services.GetRequiredService<IMeterFactory>();
        var measured = new System.Collections.Concurrent.ConcurrentQueue<(string Instrument, string? Result)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Scope == scope && instrument.Name is "graphapi.cache.lookups" or "graphapi.upstream.calls")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, _, tags, _) =>
        {
            string? cache = null, result = null;
            foreach (var tag in tags)
            {
                cache = tag.Key == "graphapi.cache" ? tag.Value as string : cache;
                result = tag.Key == "graphapi.cache.result" ? tag.Value as string : result;
            }

            if (instrument.Name == "graphapi.upstream.calls" || cache == "read")
            {
                measured.Enqueue((instrument.Name, result));
            }
        });
        listener.Start();
        fixture.Forget(SandboxDemoUsers.Pinner);

        await fixture.QueryAsync(SandboxDemoUsers.Pinner, Board, new { id = "91000000000000003" });
        await fixture.QueryAsync(SandboxDemoUsers.Pinner, Board, new { id = "91000000000000003" });

        measured.Count(m => m is ("graphapi.cache.lookups", "miss")).ShouldBe(1);
        measured.Count(m => m is ("graphapi.cache.lookups", "hit")).ShouldBe(1);
        measured.Count(m => m.Instrument == "graphapi.upstream.calls").ShouldBe(1);
    }
}
