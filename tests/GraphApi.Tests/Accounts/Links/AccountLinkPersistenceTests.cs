using GraphApi.Accounts.Links;
using GraphApi.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Tests.Accounts.Links;

public sealed class AccountLinkPersistenceTests
{
    [Fact]
    public async Task Stored_tokens_decrypt_after_a_restart_on_the_same_data_folder()
    {
        var key = new AccountLinkKey("", "restart-user");
        using var first = new GraphApiFactory();
        first.CreateClient().Dispose();
        await using (var scope = first.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IAccountLinkStore>().SaveAsync(key, new PinterestTokenSet(
                "persisted-access", "persisted-refresh", new HashSet<string> { "pins:read" }, DateTimeOffset.UtcNow.AddDays(30), null), default);
        }

        // A second host on the same folder: a new process as far as the database and Data Protection keys know.
        using var second = new GraphApiFactory();
        using var restarted = second.WithSettings(("Storage:DataDirectory", first.DataDirectory));
        restarted.CreateClient().Dispose();
        await using var after = restarted.Services.CreateAsyncScope();

        var found = await after.ServiceProvider.GetRequiredService<IAccountLinkStore>().FindAsync(key, default);

        found.ShouldNotBeNull();
        found.Tokens.AccessToken.ShouldBe("persisted-access");
        Directory.GetFiles(Path.Combine(first.DataDirectory, "keys"), "key-*.xml").ShouldNotBeEmpty();
    }
}
