using System.Text.Json;
using GraphApi.Accounts.Links;
using GraphApi.Storage;
using GraphApi.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Tests.Accounts.Links.Caching;

/// <summary>The cache in the real host: per-caller answers, invalidation by this process's writes, and the version check.</summary>
public sealed class AccountLinkCacheHostTests(AccountLinkCacheHostFactory factory) : IClassFixture<AccountLinkCacheHostFactory>
{
    private const string Status = "{ pinterestConnection { status grantedScopes } }";

    [Fact]
    public async Task A_cached_connection_is_answered_without_a_store_read()
    {
        var key = await ConnectAsync("cc-hit");

        for (var i = 0; i < 5; i++)
        {
            (await StatusAsync("cc-hit")).ShouldBe("CONNECTED");
        }

        factory.Reads.Finds(key).ShouldBe(0);
        factory.Reads.Stamps(key).ShouldBe(0);
    }

    [Fact]
    public async Task Turned_off_each_request_reads_the_store()
    {
        var key = await ConnectAsync("cc-off");
        using var off = factory.WithSettings(("ConnectionCache:Enabled", "false"));
        using var client = off.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.Create("cc-off"));

        for (var i = 0; i < 3; i++)
        {
            var body = await (await client.SendAsync(GraphQLHttp.PostQuery(Status))).ReadJsonAsync();
            body.GetProperty("data").GetProperty("pinterestConnection").GetProperty("status").GetString().ShouldBe("CONNECTED");
        }

        factory.Reads.Finds(key).ShouldBe(3);
    }

    [Fact]
    public async Task Another_caller_never_gets_the_entry()
    {
        await ConnectAsync("cc-owner");
        (await StatusAsync("cc-owner")).ShouldBe("CONNECTED");

        (await StatusAsync("cc-owner", tenantId: "other-tenant")).ShouldBe("NOT_CONNECTED");
        (await StatusAsync("CC-OWNER")).ShouldBe("NOT_CONNECTED");
        (await StatusAsync("cc-owner2")).ShouldBe("NOT_CONNECTED");
        (await MeErrorCodeAsync("cc-owner", tenantId: "other-tenant")).ShouldBe("PINTEREST_NOT_CONNECTED");
    }

    [Fact]
    public async Task A_disconnect_here_is_seen_by_the_next_request_at_once()
    {
        await ConnectAsync("cc-disconnect");
        (await StatusAsync("cc-disconnect")).ShouldBe("CONNECTED");

        var body = await QueryAsync("cc-disconnect", "mutation { disconnectPinterest { disconnected } }");
        body.GetProperty("data").GetProperty("disconnectPinterest").GetProperty("disconnected").GetBoolean().ShouldBeTrue();

        (await MeErrorCodeAsync("cc-disconnect")).ShouldBe("PINTEREST_NOT_CONNECTED");
        (await StatusAsync("cc-disconnect")).ShouldBe("NOT_CONNECTED");
    }

    [Fact]
    public async Task In_a_batch_an_item_after_a_disconnect_sees_it()
    {
        // A batch shares one request scope (and its memoised connection read); pinterestConnection must still answer
        // what the store holds after an earlier item's write.
        await ConnectAsync("cc-batch");
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.Create("cc-batch"));
        var batch = System.Text.Json.JsonSerializer.Serialize(new object[]
        {
            new { query = "{ pinterestConnection { status } }" },
            new { query = "mutation { disconnectPinterest { disconnected } }" },
            new { query = "{ pinterestConnection { status } }" },
        });

        var body = await (await client.SendAsync(GraphQLHttp.Post(batch))).ReadJsonAsync();

        body[0].GetProperty("data").GetProperty("pinterestConnection").GetProperty("status").GetString().ShouldBe("CONNECTED");
        body[1].GetProperty("data").GetProperty("disconnectPinterest").GetProperty("disconnected").GetBoolean().ShouldBeTrue();
        body[2].GetProperty("data").GetProperty("pinterestConnection").GetProperty("status").GetString().ShouldBe("NOT_CONNECTED");
    }

    [Fact]
    public async Task Reconnect_required_here_is_seen_at_once()
    {
        var key = await ConnectAsync("cc-reconnect");
        (await StatusAsync("cc-reconnect")).ShouldBe("CONNECTED");

        await WithStoreAsync(async store =>
        {
            var connection = await store.FindAsync(key, default);
            await store.MarkReconnectRequiredAsync(key, connection!.Version, default);
        });

        (await StatusAsync("cc-reconnect")).ShouldBe("RECONNECT_REQUIRED");
    }

    [Fact]
    public async Task A_refresh_replaces_the_entry_without_another_read()
    {
        var key = await ConnectAsync("cc-refresh");
        (await ScopesAsync("cc-refresh")).ShouldBe(["pins:read"]);

        await WithStoreAsync(async store =>
        {
            var connection = await store.FindAsync(key, default);
            (await store.ReplaceTokensAsync(key, connection!.Version, Tokens("refreshed", "boards:read", "pins:read"), default)).ShouldNotBeNull();
        });
        var finds = factory.Reads.Finds(key);

        (await ScopesAsync("cc-refresh")).ShouldBe(["boards:read", "pins:read"]);
        factory.Reads.Finds(key).ShouldBe(finds);
        factory.Reads.Stamps(key).ShouldBe(0);
    }

    [Fact]
    public async Task A_direct_status_change_is_seen_after_the_interval()
    {
        var key = await ConnectAsync("cc-db-status");
        (await StatusAsync("cc-db-status")).ShouldBe("CONNECTED");

        await UpdateRowAsync(key, rows => rows.ExecuteUpdateAsync(set => set
            .SetProperty(c => c.Status, AccountLinkStatus.ReconnectRequired)
            .SetProperty(c => c.Version, Guid.NewGuid())));

        (await StatusAsync("cc-db-status")).ShouldBe("CONNECTED"); // within the interval: the documented staleness
        factory.Clock.Advance(TimeSpan.FromSeconds(5));
        (await StatusAsync("cc-db-status")).ShouldBe("RECONNECT_REQUIRED");
        factory.Reads.Stamps(key).ShouldBe(1);
    }

    [Fact]
    public async Task A_direct_change_of_status_alone_without_a_new_version_is_seen_after_the_interval()
    {
        var key = await ConnectAsync("cc-db-status-only");
        (await StatusAsync("cc-db-status-only")).ShouldBe("CONNECTED");

        await UpdateRowAsync(key, rows => rows.ExecuteUpdateAsync(set => set.SetProperty(c => c.Status, AccountLinkStatus.ReconnectRequired)));
        factory.Clock.Advance(TimeSpan.FromSeconds(5));

        (await StatusAsync("cc-db-status-only")).ShouldBe("RECONNECT_REQUIRED");
    }

    [Fact]
    public async Task A_direct_version_bump_is_read_in_full_after_the_interval()
    {
        var key = await ConnectAsync("cc-db-version");
        (await ScopesAsync("cc-db-version")).ShouldBe(["pins:read"]);

        await UpdateRowAsync(key, rows => rows.ExecuteUpdateAsync(set => set
            .SetProperty(c => c.GrantedScopes, "boards:read")
            .SetProperty(c => c.Version, Guid.NewGuid())));
        factory.Clock.Advance(TimeSpan.FromSeconds(5));

        (await ScopesAsync("cc-db-version")).ShouldBe(["boards:read"]);
        factory.Reads.Finds(key).ShouldBe(1);
        (await ScopesAsync("cc-db-version")).ShouldBe(["boards:read"]);
        factory.Reads.Finds(key).ShouldBe(1);
    }

    [Fact]
    public async Task A_row_deleted_directly_stops_the_tokens_after_the_interval()
    {
        var key = await ConnectAsync("cc-db-delete");
        (await StatusAsync("cc-db-delete")).ShouldBe("CONNECTED");

        await UpdateRowAsync(key, rows => rows.ExecuteDeleteAsync());
        factory.Clock.Advance(TimeSpan.FromSeconds(5));

        (await MeErrorCodeAsync("cc-db-delete")).ShouldBe("PINTEREST_NOT_CONNECTED");
    }

    [Fact]
    public void A_cache_setting_out_of_range_stops_the_start_naming_it()
    {
        using var bad = factory.WithSettings(("ConnectionCache:MaxEntries", "0"));

        var error = Should.Throw<Exception>(() => bad.CreateClient());
        error.ToString().ShouldContain("ConnectionCache:MaxEntries");
    }

    private async Task<AccountLinkKey> ConnectAsync(string user)
    {
        var key = new AccountLinkKey("", user);
        await WithStoreAsync(store => store.SaveAsync(key, Tokens("access-" + user, "pins:read"), default));
        return key;
    }

    private static PinterestTokenSet Tokens(string access, params string[] scopes) =>
        new(access, "refresh-" + access, scopes.ToHashSet(), DateTimeOffset.UtcNow.AddDays(30), DateTimeOffset.UtcNow.AddDays(365));

    private async Task WithStoreAsync(Func<IAccountLinkStore, Task> action)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await action(scope.ServiceProvider.GetRequiredService<IAccountLinkStore>());
    }

    private async Task UpdateRowAsync(AccountLinkKey key, Func<IQueryable<AccountLinkEntity>, Task<int>> change)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var rows = scope.ServiceProvider.GetRequiredService<GraphApiDbContext>().AccountLinks
            .Where(c => c.TenantId == key.TenantId && c.UserId == key.UserId);
        (await change(rows)).ShouldBe(1);
    }

    private async Task<JsonElement> QueryAsync(string user, string query, string? tenantId = null)
    {
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.Create(user, tenantId));
        return await (await client.SendAsync(GraphQLHttp.PostQuery(query))).ReadJsonAsync();
    }

    private async Task<string> StatusAsync(string user, string? tenantId = null) =>
        (await QueryAsync(user, Status, tenantId)).GetProperty("data").GetProperty("pinterestConnection").GetProperty("status").GetString()!;

    private async Task<string[]> ScopesAsync(string user) =>
        [.. (await QueryAsync(user, Status)).GetProperty("data").GetProperty("pinterestConnection").GetProperty("grantedScopes").EnumerateArray().Select(s => s.GetString()!)];

    private async Task<string> MeErrorCodeAsync(string user, string? tenantId = null) =>
        (await QueryAsync(user, "{ me { username } }", tenantId)).FirstErrorCode();
}
