using GraphApi.Accounts.Links;
using GraphApi.Storage;
using GraphApi.Storage.Keys;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Tests.Storage.Providers;

/// <summary>
/// On PostgreSQL the Data Protection key ring lives in the database: a token one instance encrypted decrypts on
/// another with its own, empty data folder; and with a key-encryption key configured no key row holds its secret in
/// plaintext.
/// </summary>
public sealed class SharedKeyRingTests
{
    private const string PlaintextKeyRows = "SELECT count(*) FROM data_protection_keys WHERE \"Xml\" LIKE '%<masterKey%'";

    [SkippableFact]
    public async Task A_token_encrypted_by_one_instance_decrypts_on_the_other_and_the_key_rows_are_wrapped()
    {
        var kek = KeyEncryptionKey.Generate().ToBase64();
        await using var database = await SharedDatabase.CreateAsync(StorageProvider.Postgres);
        var a = database.StartInstance(("DataProtection:KeyEncryptionKey", kek));
        var b = database.StartInstance(("DataProtection:KeyEncryptionKey", kek));

        var stored = a.GetRequiredService<TokenProtector>().Protect("token-from-instance-a");

        b.GetRequiredService<TokenProtector>().Unprotect(stored).ShouldBe("token-from-instance-a");
        (await database.CountAsync("SELECT count(*) FROM data_protection_keys")).ShouldBe(1);
        (await database.CountAsync("SELECT count(*) FROM data_protection_keys WHERE \"Xml\" LIKE '%<encryptedSecret%aesGcmEncryptedKey%'")).ShouldBe(1);
        (await database.CountAsync(PlaintextKeyRows)).ShouldBe(0);
    }

    [SkippableFact]
    public async Task Without_protection_the_ring_is_still_shared_through_the_database()
    {
        await using var database = await SharedDatabase.CreateAsync(StorageProvider.Postgres);
        var a = database.StartInstance();
        var stored = a.GetRequiredService<TokenProtector>().Protect("token-from-instance-a");

        var b = database.StartInstance();

        b.GetRequiredService<TokenProtector>().Unprotect(stored).ShouldBe("token-from-instance-a");
        b.GetRequiredService<KeyRingLocation>().InDatabase.ShouldBeTrue();
        // What the protected ring above must not show (and so proves the query finds plaintext keys).
        (await database.CountAsync(PlaintextKeyRows)).ShouldBe(1);
    }
}
