using System.Security.Cryptography;
using System.Xml.Linq;
using GraphApi.Storage.Keys;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using static GraphApi.Tests.Storage.Keys.KeyRingTestHost;

namespace GraphApi.Tests.Storage.Keys;

/// <summary>
/// Turning protection on over a ring of plaintext keys: nothing stored is lost, new tokens get a wrapped key at
/// once, and <c>keys protect</c> wraps the old files in place (re-runnable after a crash, safe when run twice at once).
/// </summary>
public sealed class ExistingPlaintextKeysTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly string _kek = KeyEncryptionKey.Generate().ToBase64();

    [Fact]
    public async Task Turning_protection_on_keeps_old_tokens_and_keys_protect_wraps_the_plaintext_keys_in_place()
    {
        var old = StoreWithoutProtection("token-from-before-protection");

        string newer;
        using (var host = Start(_temp.Data, ("DataProtection:KeyEncryptionKey", _kek)))
        {
            // The check runs before Data Protection first loads the ring, so the key it adds is in that first ring.
            host.Services.GetServices<IHostedService>().First().ShouldBeOfType<KeyRingProtectionCheck>();
            host.Unprotect(old).ShouldBe("token-from-before-protection");
            newer = host.Protect("token-after-protection");

            // A new wrapped key is the default from the first start: the copy cannot read the new token...
            KeyFiles(_temp.Data).Count.ShouldBe(2);
            Should.Throw<CryptographicException>(() => FreshProtector(CopyKeys(_temp.Data, _temp.Root)).Unprotect(newer));
            host.LinesFrom<KeyRingProtectionCheck>("Warning").ShouldHaveSingleItem().ShouldContain("1 Data Protection key file(s)");

            // ...but still reads the old one, until the plaintext key is wrapped, beside the running gateway.
            FreshProtector(CopyKeys(_temp.Data, _temp.Root)).Unprotect(old).ShouldBe("token-from-before-protection");
            (await KeysProtectCommand.RunAsync(host.Services)).ShouldBe(0);
            host.Unprotect(old).ShouldBe("token-from-before-protection");
        }

        KeyFiles(_temp.Data).ShouldAllBe(f => !File.ReadAllText(f).Contains("masterKey", StringComparison.Ordinal));
        Should.Throw<CryptographicException>(() => FreshProtector(CopyKeys(_temp.Data, _temp.Root)).Unprotect(old));
        FreshProtector(CopyKeys(_temp.Data, _temp.Root), WithKeyEncryptionKeys(_kek)).Unprotect(old).ShouldBe("token-from-before-protection");

        using var restarted = Start(_temp.Data, ("DataProtection:KeyEncryptionKey", _kek));
        restarted.Unprotect(old).ShouldBe("token-from-before-protection");
        restarted.Unprotect(newer).ShouldBe("token-after-protection");
        restarted.LinesFrom<KeyRingProtectionCheck>("Warning").ShouldBeEmpty();
        KeyFiles(_temp.Data).Count.ShouldBe(2);
    }

    [Fact]
    public async Task Keys_protect_run_again_or_twice_at_once_changes_nothing_more_and_leaves_a_readable_ring()
    {
        var old = StoreWithoutProtection("token-for-repeats");
        using var host = Start(_temp.Data, ("DataProtection:KeyEncryptionKey", _kek));
        var newer = host.Protect("token-after");

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => KeysProtectCommand.RunAsync(host.Services))));

        results.ShouldAllBe(code => code == 0);
        var after = Snapshot();
        (await KeysProtectCommand.RunAsync(host.Services)).ShouldBe(0);
        Snapshot().ShouldBe(after); // Nothing left to wrap: no file rewritten.
        Directory.GetFiles(Path.Combine(_temp.Data, KeyRingFolder.Name)).Length.ShouldBe(2); // No leftovers.
        FreshProtector(CopyKeys(_temp.Data, _temp.Root), WithKeyEncryptionKeys(_kek)).Unprotect(old).ShouldBe("token-for-repeats");
        FreshProtector(CopyKeys(_temp.Data, _temp.Root), WithKeyEncryptionKeys(_kek)).Unprotect(newer).ShouldBe("token-after");
    }

    [Theory]
    [InlineData("half-written")]
    [InlineData("written, not renamed")]
    public async Task A_crash_in_the_middle_of_keys_protect_leaves_the_old_file_and_a_rerun_finishes(string crash)
    {
        var old = StoreWithoutProtection("token-before-the-crash");
        var keyFile = KeyFiles(_temp.Data).Single();
        using var host = Start(_temp.Data, ("DataProtection:KeyEncryptionKey", _kek));

        // The state a crash at each step leaves: the pending file with part or all of the wrapped key, the original untouched.
        var wrapped = KeyRingFiles.Wrap(XElement.Load(keyFile), new AesGcmXmlEncryptor(Parse(_kek)), host.Services).ToString();
        var pending = $"{keyFile}.{Guid.NewGuid():N}{KeyRingFiles.PendingSuffix}";
        File.WriteAllText(pending, crash == "half-written" ? wrapped[..(wrapped.Length / 2)] : wrapped);
        File.SetLastWriteTimeUtc(pending, DateTime.UtcNow.AddHours(-1));

        // Data Protection ignores the leftover: a fresh process reads the ring as before.
        FreshProtector(CopyKeys(_temp.Data, _temp.Root)).Unprotect(old).ShouldBe("token-before-the-crash");

        (await KeysProtectCommand.RunAsync(host.Services)).ShouldBe(0);

        File.Exists(pending).ShouldBeFalse();
        File.ReadAllText(keyFile).ShouldNotContain("masterKey");
        FreshProtector(CopyKeys(_temp.Data, _temp.Root), WithKeyEncryptionKeys(_kek)).Unprotect(old).ShouldBe("token-before-the-crash");
    }

    [Fact]
    public async Task Keys_protect_without_protection_configured_refuses_and_changes_nothing()
    {
        StoreWithoutProtection("token");
        var before = Snapshot();
        using var host = Start(_temp.Data);

        (await KeysProtectCommand.RunAsync(host.Services)).ShouldBe(2);

        Snapshot().ShouldBe(before);
    }

    private string StoreWithoutProtection(string token)
    {
        using var host = Start(_temp.Data);
        return host.Protect(token);
    }

    private Dictionary<string, string> Snapshot() =>
        KeyFiles(_temp.Data).ToDictionary(f => f, File.ReadAllText);

    private static KeyEncryptionKey Parse(string base64) =>
        KeyEncryptionKey.TryParse(base64, out var key) ? key! : throw new ArgumentException("not a key", nameof(base64));

    public void Dispose() => _temp.Dispose();
}
