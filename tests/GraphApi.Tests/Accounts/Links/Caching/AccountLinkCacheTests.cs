using GraphApi.Accounts.Links;
using GraphApi.Accounts.Links.Caching;
using Microsoft.Extensions.Options;

namespace GraphApi.Tests.Accounts.Links.Caching;

public sealed class AccountLinkCacheTests : IDisposable
{
    private static readonly AccountLinkKey Alice = new("", "alice");
    private readonly ManualClock _clock = new();
    private readonly InMemoryAccountLinkStore _store = new();
    private AccountLinkCache _cache;

    public AccountLinkCacheTests() => _cache = Create(new AccountLinkCacheOptions());

    public void Dispose() => _cache.Dispose();

    [Fact]
    public async Task A_fresh_entry_is_answered_without_touching_the_store()
    {
        _store.Put(Alice, "a1");

        for (var i = 0; i < 100; i++)
        {
            (await _cache.GetAsync(Alice, _store, default))!.Tokens.AccessToken.ShouldBe("a1");
        }

        _store.Finds.ShouldBe(1);
        _store.Stamps.ShouldBe(0);
    }

    [Fact]
    public async Task Turned_off_every_read_goes_to_the_store()
    {
        _cache.Dispose();
        _cache = Create(new AccountLinkCacheOptions { Enabled = false });
        _store.Put(Alice, "a1");

        for (var i = 0; i < 5; i++)
        {
            await _cache.GetAsync(Alice, _store, default);
        }

        _store.Finds.ShouldBe(5);
        _cache.Count.ShouldBe(0);
    }

    [Fact]
    public async Task Keys_differing_only_in_tenant_or_case_never_share_an_entry()
    {
        _store.Put(Alice, "alice-token");
        (await _cache.GetAsync(Alice, _store, default)).ShouldNotBeNull();

        (await _cache.GetAsync(new AccountLinkKey("other-tenant", "alice"), _store, default)).ShouldBeNull();
        (await _cache.GetAsync(new AccountLinkKey("", "Alice"), _store, default)).ShouldBeNull();
        (await _cache.GetAsync(new AccountLinkKey("alice", ""), _store, default)).ShouldBeNull();
        (await _cache.GetAsync(new AccountLinkKey("", "alice "), _store, default)).ShouldBeNull();
        _store.Finds.ShouldBe(5);
    }

    [Fact]
    public async Task After_the_interval_an_unchanged_row_costs_one_version_check_and_no_full_read()
    {
        _store.Put(Alice, "a1");
        await _cache.GetAsync(Alice, _store, default);

        _clock.Advance(TimeSpan.FromSeconds(5));
        (await _cache.GetAsync(Alice, _store, default))!.Tokens.AccessToken.ShouldBe("a1");
        (await _cache.GetAsync(Alice, _store, default))!.Tokens.AccessToken.ShouldBe("a1");

        _store.Finds.ShouldBe(1);
        _store.Stamps.ShouldBe(1);
    }

    [Fact]
    public async Task A_write_elsewhere_is_not_seen_within_the_interval_and_is_seen_after_it()
    {
        _store.Put(Alice, "a1");
        await _cache.GetAsync(Alice, _store, default);

        _store.Put(Alice, "a2"); // another instance refreshed: new version
        _clock.Advance(TimeSpan.FromSeconds(4.9));
        (await _cache.GetAsync(Alice, _store, default))!.Tokens.AccessToken.ShouldBe("a1");

        _clock.Advance(TimeSpan.FromSeconds(0.1));
        (await _cache.GetAsync(Alice, _store, default))!.Tokens.AccessToken.ShouldBe("a2");
        _store.Finds.ShouldBe(2);
    }

    [Fact]
    public async Task A_disconnect_elsewhere_stops_the_tokens_after_the_interval()
    {
        _store.Put(Alice, "a1");
        await _cache.GetAsync(Alice, _store, default);

        _store.Remove(Alice);
        _clock.Advance(TimeSpan.FromSeconds(5));

        (await _cache.GetAsync(Alice, _store, default)).ShouldBeNull();
        (await _cache.GetAsync(Alice, _store, default)).ShouldBeNull();
        _store.Finds.ShouldBe(1);
    }

    [Fact]
    public async Task A_clock_that_goes_backwards_makes_the_entry_stale_not_eternal()
    {
        _store.Put(Alice, "a1");
        await _cache.GetAsync(Alice, _store, default);

        _clock.Advance(TimeSpan.FromHours(-1));
        await _cache.GetAsync(Alice, _store, default);

        _store.Stamps.ShouldBe(1);
    }

    [Fact]
    public async Task Not_connected_is_cached_too_and_a_connect_elsewhere_is_seen_after_the_interval()
    {
        (await _cache.GetAsync(Alice, _store, default)).ShouldBeNull();
        (await _cache.GetAsync(Alice, _store, default)).ShouldBeNull();
        _store.Finds.ShouldBe(1);

        _store.Put(Alice, "a1");
        _clock.Advance(TimeSpan.FromSeconds(5));
        (await _cache.GetAsync(Alice, _store, default)).ShouldNotBeNull();
    }

    [Fact]
    public async Task The_bound_holds_under_ten_thousand_distinct_callers()
    {
        _cache.Dispose();
        _cache = Create(new AccountLinkCacheOptions { MaxEntries = 100 });

        for (var i = 0; i < 10_000; i++)
        {
            var key = new AccountLinkKey("", "user-" + i);
            _store.Put(key, "token-" + i);
            (await _cache.GetAsync(key, _store, default))!.Tokens.AccessToken.ShouldBe("token-" + i);
            _cache.Count.ShouldBeLessThanOrEqualTo(100);
        }
    }

    [Fact]
    public async Task Concurrent_requests_of_one_caller_read_the_store_once()
    {
        _store.Put(Alice, "a1");
        _store.Hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        // Started here, not on the thread pool: each call has joined the shared read (or started it) when it returns,
        // so none can arrive after the read finished and race its clean-up.
        var requests = Enumerable.Range(0, 50).Select(_ => _cache.GetAsync(Alice, _store, default)).ToList();
        await WaitUntil(() => _store.Finds == 1);
        _store.Hold.SetResult();

        foreach (var connection in await Task.WhenAll(requests))
        {
            connection!.Tokens.AccessToken.ShouldBe("a1");
        }

        _store.Finds.ShouldBe(1);
    }

    [Fact]
    public async Task Concurrent_requests_after_the_interval_check_the_version_once()
    {
        _store.Put(Alice, "a1");
        await _cache.GetAsync(Alice, _store, default);
        _clock.Advance(TimeSpan.FromSeconds(5));
        _store.Hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        // Started here, not on the thread pool: each call has joined the shared read (or started it) when it returns,
        // so none can arrive after the read finished and race its clean-up.
        var requests = Enumerable.Range(0, 50).Select(_ => _cache.GetAsync(Alice, _store, default)).ToList();
        await WaitUntil(() => _store.Stamps == 1);
        _store.Hold.SetResult();
        await Task.WhenAll(requests);

        _store.Stamps.ShouldBe(1);
        _store.Finds.ShouldBe(1);
    }

    [Fact]
    public async Task A_read_that_raced_a_write_is_answered_but_not_cached()
    {
        var before = _store.Put(Alice, "old");
        _store.Hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var racing = _cache.GetAsync(Alice, _store, default);
        await WaitUntil(() => _store.Finds == 1);

        // This process disconnects the caller while the read is in flight.
        _cache.Invalidate(Alice);
        _store.Remove(Alice);
        _store.Hold.SetResult();
        (await racing).ShouldBe(before);
        _store.Hold = null;

        (await _cache.GetAsync(Alice, _store, default)).ShouldBeNull();
        _store.Finds.ShouldBe(2);
    }

    [Fact]
    public async Task Replace_answers_the_new_tokens_at_once()
    {
        _store.Put(Alice, "a1");
        await _cache.GetAsync(Alice, _store, default);

        var refreshed = _store.Put(Alice, "a2");
        _cache.Replace(Alice, refreshed);

        (await _cache.GetAsync(Alice, _store, default))!.Tokens.AccessToken.ShouldBe("a2");
        _store.Finds.ShouldBe(1);
    }

    [Fact]
    public async Task A_waiter_whose_reader_was_cancelled_reads_for_itself()
    {
        _store.Put(Alice, "a1");
        _store.Hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var cancel = new CancellationTokenSource();
        var reader = _cache.GetAsync(Alice, _store, cancel.Token);
        await WaitUntil(() => _store.Finds == 1);
        var waiter = _cache.GetAsync(Alice, _store, default);

        await cancel.CancelAsync();
        await Should.ThrowAsync<OperationCanceledException>(reader);
        _store.Hold.SetResult();

        (await waiter)!.Tokens.AccessToken.ShouldBe("a1");
        _store.Finds.ShouldBe(2);
    }

    [Theory]
    [InlineData(0, 5, 600, "ConnectionCache:MaxEntries")]
    [InlineData(1_000_001, 5, 600, "ConnectionCache:MaxEntries")]
    [InlineData(10, -1, 600, "ConnectionCache:RevalidateAfter")]
    [InlineData(10, 301, 600, "ConnectionCache:RevalidateAfter")]
    [InlineData(10, 5, 0, "ConnectionCache:IdleExpiry")]
    public void Settings_out_of_range_are_refused_naming_the_setting(int maxEntries, int revalidateSeconds, int idleSeconds, string setting)
    {
        var result = new AccountLinkCacheOptionsValidator().Validate(null, new AccountLinkCacheOptions
        {
            MaxEntries = maxEntries,
            RevalidateAfter = TimeSpan.FromSeconds(revalidateSeconds),
            IdleExpiry = TimeSpan.FromSeconds(idleSeconds),
        });

        result.Failed.ShouldBeTrue();
        result.FailureMessage.ShouldContain(setting);
    }

    [Fact]
    public void The_defaults_are_valid()
    {
        new AccountLinkCacheOptionsValidator().Validate(null, new AccountLinkCacheOptions()).Succeeded.ShouldBeTrue();
    }

    private AccountLinkCache Create(AccountLinkCacheOptions options) => new(Options.Create(options), _clock);

    private static async Task WaitUntil(Func<bool> condition)
    {
        for (var i = 0; i < 1000 && !condition(); i++)
        {
            await Task.Delay(10);
        }

        condition().ShouldBeTrue();
    }
}
