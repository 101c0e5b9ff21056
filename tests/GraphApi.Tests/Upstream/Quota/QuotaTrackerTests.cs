using System.ComponentModel.DataAnnotations;
using GraphApi.Accounts.Links;
using GraphApi.Pinterest.Http;
using GraphApi.Tests.Accounts.Links.Caching;
using GraphApi.Upstream.Quota;
using Microsoft.Extensions.Options;

namespace GraphApi.Tests.Upstream.Quota;

/// <summary>The bounded table behind the quota: caps, idle expiry, per-connection isolation and the merge of out-of-order answers.</summary>
public sealed class QuotaTrackerTests
{
    private readonly ManualClock _clock = new();

    [Fact]
    public void Ten_thousand_connections_leave_the_table_at_its_cap_and_keep_the_most_recent()
    {
        var tracker = Tracker(maxConnections: 1_000);
        for (var i = 0; i < 10_000; i++)
        {
            tracker.Record(Key(i), Read("org_read", remaining: 5));
            tracker.Count.ShouldBeLessThanOrEqualTo(1_000);
            _clock.Advance(TimeSpan.FromMilliseconds(1));
        }

        tracker.Find(Key(9_999), "org_read").ShouldNotBeNull();
        tracker.Find(Key(0), "org_read").ShouldBeNull();
    }

    [Fact]
    public async Task Concurrent_inserts_stay_near_the_cap_and_return_under_it()
    {
        var tracker = Tracker(maxConnections: 500);
        await Task.WhenAll(Enumerable.Range(0, 8).Select(worker => Task.Run(() =>
        {
            for (var i = 0; i < 2_000; i++)
            {
                tracker.Record(Key((worker * 2_000) + i), Read("org_read", remaining: 5));
            }
        })));

        // A sweep runs one at a time; inserts racing it are swept by a later one, never more than a few behind.
        tracker.Count.ShouldBeLessThanOrEqualTo(500 + 64);
        tracker.Record(Key(-1), Read("org_read", remaining: 5));
        tracker.Count.ShouldBeLessThanOrEqualTo(500);
    }

    [Fact]
    public void Idle_connections_are_forgotten()
    {
        var tracker = Tracker(idleExpiry: TimeSpan.FromMinutes(10));
        tracker.Record(Key(1), Read("org_read", remaining: 5));

        _clock.Advance(TimeSpan.FromMinutes(11));

        tracker.Read(Key(1)).ShouldBeEmpty();
        tracker.Count.ShouldBe(0);
    }

    [Fact]
    public void The_same_user_in_another_tenant_and_another_user_have_their_own_entries()
    {
        var tracker = Tracker();
        tracker.Record(new AccountLinkKey("a", "user"), Read("org_read", remaining: 1));

        tracker.Find(new AccountLinkKey("b", "user"), "org_read").ShouldBeNull();
        tracker.Find(new AccountLinkKey("a", "other"), "org_read").ShouldBeNull();
        tracker.Find(new AccountLinkKey("a", "user"), "org_read")!.Remaining.ShouldBe(1);
    }

    [Fact]
    public void An_older_answer_arriving_late_does_not_raise_the_remaining_count_but_a_new_window_does()
    {
        var tracker = Tracker();
        tracker.Record(Key(1), Read("org_read", remaining: 5, reset: 30));
        tracker.Record(Key(1), Read("org_read", remaining: 8, reset: 30));
        tracker.Find(Key(1), "org_read")!.Remaining.ShouldBe(5);

        _clock.Advance(TimeSpan.FromSeconds(31));
        tracker.Record(Key(1), Read("org_read", remaining: 99, reset: 60));
        var reading = tracker.Find(Key(1), "org_read")!;
        reading.Remaining.ShouldBe(99);
        reading.ResetAt.ShouldBe(_clock.GetUtcNow().AddSeconds(60));
    }

    [Fact]
    public void A_429_sets_remaining_to_0_until_the_known_reset_or_its_retry_after()
    {
        var tracker = Tracker();
        tracker.Record(Key(1), Read("org_write", remaining: 3, reset: 40));
        tracker.Record(Key(1), new PinterestQuotaObservation("boards/create", "org_write", 429, null, null, null, null));

        var spent = tracker.Find(Key(1), "org_write")!;
        spent.Remaining.ShouldBe(0);
        spent.ResetAt.ShouldBe(_clock.GetUtcNow().AddSeconds(40));
        spent.IsCurrent(_clock.GetUtcNow()).ShouldBeTrue();

        tracker.Record(Key(2), new PinterestQuotaObservation("boards/create", "org_write", 429, null, null, null, TimeSpan.FromSeconds(7)));
        tracker.Find(Key(2), "org_write")!.ResetAt.ShouldBe(_clock.GetUtcNow().AddSeconds(7));

        _clock.Advance(TimeSpan.FromSeconds(41));
        tracker.Find(Key(1), "org_write")!.IsCurrent(_clock.GetUtcNow()).ShouldBeFalse();
    }

    [Fact]
    public void Answers_without_quota_headers_change_nothing_and_categories_per_connection_are_bounded()
    {
        var tracker = Tracker();
        tracker.Record(Key(1), new PinterestQuotaObservation("boards/get", "org_read", 200, null, null, null, null));
        tracker.Count.ShouldBe(0);

        for (var i = 0; i < 50; i++)
        {
            tracker.Record(Key(1), Read($"category_{i}", remaining: 1));
        }

        tracker.Read(Key(1)).Count.ShouldBe(AccountLinkQuota.MaxCategories);
    }

    [Fact]
    public void Bad_settings_name_the_setting()
    {
        var options = new QuotaOptions { MaxConnections = 0, IdleExpiry = TimeSpan.Zero };
        var results = new List<ValidationResult>();

        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true).ShouldBeFalse();

        results.Select(r => r.ErrorMessage).ShouldBe(["Quota:MaxConnections must be 1–10,000,000.", "Quota:IdleExpiry must be between 00:00:01 and 7.00:00:00."]);
    }

    private QuotaTracker Tracker(int maxConnections = 10_000, TimeSpan? idleExpiry = null) =>
        new(Options.Create(new QuotaOptions { MaxConnections = maxConnections, IdleExpiry = idleExpiry ?? TimeSpan.FromHours(1) }), _clock);

    private static AccountLinkKey Key(int i) => new("", "user-" + i);

    private static PinterestQuotaObservation Read(string category, long remaining, int reset = 60) =>
        new("boards/get", category, 200, 1000, remaining, TimeSpan.FromSeconds(reset), null);
}
