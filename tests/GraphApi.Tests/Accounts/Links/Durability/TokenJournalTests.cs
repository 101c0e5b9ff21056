using System.Text;
using GraphApi.Accounts.Links;
using GraphApi.Accounts.Links.Durability;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Tests.Accounts.Links.Durability;

/// <summary>The journal file format and the start-up recovery, on real hosts sharing one data folder.</summary>
public sealed class TokenJournalTests : IDisposable
{
    private static readonly AccountLinkKey Alice = new("t1", "alice");
    private static readonly AccountLinkKey Bob = new("t1", "bob");
    private static readonly AccountLinkKey Carol = new("t1", "carol");
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "graphapi-tests", "journal-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_dataDirectory))
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }

    [Fact]
    public async Task An_entry_is_encrypted_named_by_a_hash_and_replaced_not_added()
    {
        using var parent = new AccountLinksFactory();
        using var host = Host(parent);
        var journal = host.Services.GetRequiredService<TokenJournal>();

        await journal.WriteAsync(Entry(Alice, [Guid.NewGuid()], "first-access-secret"), default);
        var second = Entry(Alice, [Guid.NewGuid()], "second-access-secret");
        await journal.WriteAsync(second, default);

        var files = SandboxAccountLinks.JournalFiles(_dataDirectory);
        files.Length.ShouldBe(1, "one entry per connection");
        Path.GetFileName(files[0]).ShouldNotContain("alice");
        var bytes = Encoding.UTF8.GetString(await File.ReadAllBytesAsync(files[0]));
        bytes.ShouldNotContain("second-access-secret");
        bytes.ShouldNotContain("refresh-secret");
        journal.TryRead(files[0])!.NewVersion.ShouldBe(second.NewVersion);
        journal.PathFor(new AccountLinkKey("t", "1alice")).ShouldNotBe(journal.PathFor(new AccountLinkKey("t1", "alice")));
        Directory.GetFiles(journal.Folder, "*.tmp").ShouldBeEmpty();
    }

    [Fact]
    public async Task Start_up_applies_a_current_entry_discards_a_stale_one_and_moves_a_corrupt_one_aside()
    {
        Guid aliceVersion;
        TokenJournalEntry aliceEntry;
        PinterestAccountLink bobBefore;
        using (var parent = new AccountLinksFactory())
        using (var first = Host(parent))
        {
            aliceVersion = (await SaveAsync(first, Alice)).Version;
            bobBefore = await SaveAsync(first, Bob);
            var journal = first.Services.GetRequiredService<TokenJournal>();
            aliceEntry = Entry(Alice, [Guid.NewGuid(), aliceVersion], "journal-access-alice");
            await journal.WriteAsync(aliceEntry, default);
            // Bob's entry supersedes a version his row no longer has: the database moved on since.
            await journal.WriteAsync(Entry(Bob, [Guid.NewGuid()], "stale-access-bob"), default);
            await File.WriteAllBytesAsync(Path.Combine(journal.Folder, new string('0', 64) + ".tok"), Encoding.UTF8.GetBytes("not a protected payload"));
            // A valid entry of one connection placed under another's name is not applied to either.
            var mallory = Entry(new AccountLinkKey("t1", "mallory"), [bobBefore.Version], "mallory-access");
            await journal.WriteAsync(mallory, default);
            File.Move(journal.PathFor(mallory.Key), journal.PathFor(Carol));
            await File.WriteAllBytesAsync(Path.Combine(journal.Folder, "interrupted.tok.0123.tmp"), [1, 2, 3]);
        }

        using var parent2 = new AccountLinksFactory();
        using var second = Host(parent2);
        using var client = second.CreateClient();
        (await client.GetStringAsync("/health/ready")).ShouldBe("Healthy");

        var alice = (await FindInDatabaseAsync(second, Alice))!;
        alice.Version.ShouldBe(aliceEntry.NewVersion);
        alice.Tokens.AccessToken.ShouldBe("journal-access-alice");
        alice.Tokens.RefreshToken.ShouldBe("journal-refresh-alice");
        var bob = (await FindInDatabaseAsync(second, Bob))!;
        bob.Version.ShouldBe(bobBefore.Version);
        bob.Tokens.AccessToken.ShouldBe(bobBefore.Tokens.AccessToken);
        SandboxAccountLinks.JournalFiles(_dataDirectory).ShouldBeEmpty();
        Directory.GetFiles(Path.Combine(_dataDirectory, "token-journal"), "*.tmp").ShouldBeEmpty();
        Directory.GetFiles(Path.Combine(_dataDirectory, "token-journal", "corrupt")).Length.ShouldBe(2);
        var logs = string.Join('\n', parent2.Logs.Lines);
        logs.ShouldContain("cannot be decrypted or read; moved aside");
        logs.ShouldNotContain("journal-access-alice");
        logs.ShouldNotContain("journal-refresh-alice");
        logs.ShouldNotContain("stale-access-bob");
        logs.ShouldNotContain("mallory-access");
    }

    [Fact]
    public async Task An_entry_whose_write_already_landed_is_deleted_without_writing_again()
    {
        using (var parent = new AccountLinksFactory())
        using (var first = Host(parent))
        {
            var saved = await SaveAsync(first, Alice);
            var entry = Entry(Alice, [saved.Version], "landed-access");
            await first.Services.GetRequiredService<TokenJournal>().WriteAsync(entry, default);
            await using var scope = first.Services.CreateAsyncScope();
            (await scope.ServiceProvider.GetRequiredService<EfAccountLinkStore>()
                .ReplaceTokensIfAsync(Alice, [saved.Version], entry.NewVersion, entry.Tokens, entry.RefreshedAt, default)).ShouldBeTrue();
        }

        using var parent2 = new AccountLinksFactory();
        using var second = Host(parent2);
        second.CreateClient().Dispose();

        SandboxAccountLinks.JournalFiles(_dataDirectory).ShouldBeEmpty();
        (await FindInDatabaseAsync(second, Alice))!.Tokens.AccessToken.ShouldBe("landed-access");
        parent2.Logs.Lines.ShouldContain(l => l.Contains("user 'alice': already in the database", StringComparison.Ordinal));
    }

    private WebApplicationFactory<Program> Host(AccountLinksFactory parent) => parent.WithSettings(("Storage:DataDirectory", _dataDirectory));

    private static TokenJournalEntry Entry(AccountLinkKey key, Guid[] superseded, string accessToken) => TokenJournalEntry.Create(
        key, superseded, new PinterestTokenSet(accessToken, accessToken.Replace("access", "refresh", StringComparison.Ordinal), new HashSet<string> { "pins:read" }, DateTimeOffset.UtcNow.AddDays(30), DateTimeOffset.UtcNow.AddDays(60)), DateTimeOffset.UtcNow);

    private static async Task<PinterestAccountLink> SaveAsync(WebApplicationFactory<Program> host, AccountLinkKey key)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IAccountLinkStore>().SaveAsync(key, new PinterestTokenSet(
            "db-access-" + key.UserId, "db-refresh-" + key.UserId, new HashSet<string> { "pins:read" }, DateTimeOffset.UtcNow.AddDays(30), null), default);
    }

    private static async Task<PinterestAccountLink?> FindInDatabaseAsync(WebApplicationFactory<Program> host, AccountLinkKey key)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<EfAccountLinkStore>().FindAsync(key, default);
    }
}
