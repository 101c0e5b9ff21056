using GraphApi.Accounts.Links;
using GraphApi.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Tests.Accounts.Links;

public sealed class AccountLinkStoreTests : IDisposable
{
    private const string AccessToken = "access-token-value-0123456789abcdef";
    private const string RefreshToken = "refresh-token-value-0123456789abcdef";
    private static readonly AccountLinkKey Alice = new("tenant-a", "alice");
    private readonly GraphApiFactory _factory = new();

    public AccountLinkStoreTests() => _factory.CreateClient().Dispose();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task A_saved_connection_reads_back_with_its_tokens_scopes_and_expiries()
    {
        var tokens = Tokens(AccessToken, RefreshToken);

        await WithStore(store => store.SaveAsync(Alice, tokens, default));
        var found = await WithStore(store => store.FindAsync(Alice, default));

        found.ShouldNotBeNull();
        found.Status.ShouldBe(AccountLinkStatus.Connected);
        found.Tokens.AccessToken.ShouldBe(AccessToken);
        found.Tokens.RefreshToken.ShouldBe(RefreshToken);
        found.GrantedScopes.Order().ShouldBe(["boards:read", "pins:read"]);
        found.Tokens.AccessTokenExpiresAt.ShouldBe(tokens.AccessTokenExpiresAt);
        found.Tokens.RefreshTokenExpiresAt.ShouldBe(tokens.RefreshTokenExpiresAt);
    }

    [Fact]
    public async Task Tokens_are_encrypted_at_rest()
    {
        await WithStore(store => store.SaveAsync(Alice, Tokens(AccessToken, RefreshToken), default));

        var databaseFile = Path.Combine(_factory.DataDirectory, "graphapi.db");
        SqliteConnection.ClearAllPools();
        var bytes = await File.ReadAllTextAsync(databaseFile);
        bytes.ShouldNotContain(AccessToken);
        bytes.ShouldNotContain(RefreshToken);
        bytes.ShouldContain("alice");
    }

    [Fact]
    public async Task Connections_of_two_users_and_two_tenants_are_separate()
    {
        await WithStore(store => store.SaveAsync(Alice, Tokens("a-access", "a-refresh"), default));
        await WithStore(store => store.SaveAsync(new AccountLinkKey("tenant-b", "alice"), Tokens("b-access", "b-refresh"), default));

        (await WithStore(store => store.FindAsync(Alice, default)))!.Tokens.AccessToken.ShouldBe("a-access");
        (await WithStore(store => store.FindAsync(new AccountLinkKey("tenant-b", "alice"), default)))!.Tokens.AccessToken.ShouldBe("b-access");
        (await WithStore(store => store.FindAsync(new AccountLinkKey("tenant-a", "bob"), default))).ShouldBeNull();
    }

    [Fact]
    public async Task A_rotation_from_a_stale_version_loses_and_changes_nothing()
    {
        var saved = await WithStore(store => store.SaveAsync(Alice, Tokens(AccessToken, RefreshToken), default));
        var winner = await WithStore(store => store.ReplaceTokensAsync(Alice, saved.Version, Tokens("new-access", "new-refresh"), default));

        var loser = await WithStore(store => store.ReplaceTokensAsync(Alice, saved.Version, Tokens("late-access", "late-refresh"), default));

        winner.ShouldNotBeNull();
        winner.Version.ShouldNotBe(saved.Version);
        loser.ShouldBeNull();
        (await WithStore(store => store.FindAsync(Alice, default)))!.Tokens.RefreshToken.ShouldBe("new-refresh");
    }

    [Fact]
    public async Task Reconnect_required_and_delete()
    {
        var saved = await WithStore(store => store.SaveAsync(Alice, Tokens(AccessToken, RefreshToken), default));

        await WithStore(store => store.MarkReconnectRequiredAsync(Alice, saved.Version, default));
        (await WithStore(store => store.FindAsync(Alice, default)))!.Status.ShouldBe(AccountLinkStatus.ReconnectRequired);

        (await WithStore(store => store.DeleteAsync(Alice, default))).ShouldBeTrue();
        (await WithStore(store => store.DeleteAsync(Alice, default))).ShouldBeFalse();
        (await WithStore(store => store.FindAsync(Alice, default))).ShouldBeNull();
    }

    [Fact]
    public async Task Text_forms_never_show_a_token()
    {
        var saved = await WithStore(store => store.SaveAsync(Alice, Tokens(AccessToken, RefreshToken), default));

        saved.ToString().ShouldNotContain(AccessToken);
        saved.ToString().ShouldNotContain(RefreshToken);
        saved.Tokens.ToString().ShouldNotContain(AccessToken);
        saved.ToString().ShouldContain("boards:read pins:read");
    }

    private async Task<T> WithStore<T>(Func<IAccountLinkStore, Task<T>> action)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<IAccountLinkStore>());
    }

    private Task<bool> WithStore(Func<IAccountLinkStore, Task> action) => WithStore(async store =>
    {
        await action(store);
        return true;
    });

    private static PinterestTokenSet Tokens(string access, string refresh) => new(
        access,
        refresh,
        new HashSet<string> { "pins:read", "boards:read" },
        new DateTimeOffset(2026, 12, 28, 10, 0, 0, TimeSpan.Zero),
        new DateTimeOffset(2027, 11, 28, 10, 0, 0, TimeSpan.Zero));
}
