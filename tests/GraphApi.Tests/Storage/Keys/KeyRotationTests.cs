using System.Security.Cryptography;
using GraphApi.Storage.Keys;
using Microsoft.AspNetCore.DataProtection;
using static GraphApi.Tests.Storage.Keys.KeyRingTestHost;

namespace GraphApi.Tests.Storage.Keys;

/// <summary>
/// Rotating the certificate or key-encryption key: with the previous one listed, old tokens still decrypt and new
/// tokens get a key wrapped with the new one at once; after <c>keys protect</c> the previous one can go.
/// </summary>
public sealed class KeyRotationTests : IDisposable
{
    private const string Password = "rotation-pfx-password";
    private readonly TempFolder _temp = new();

    [Fact]
    public async Task A_rotated_certificate_with_the_previous_one_listed_still_decrypts_and_keys_protect_retires_it()
    {
        using var first = TestCertificates.Create("rotation first");
        using var second = TestCertificates.Create("rotation second");
        (string, string)[] firstSettings = [("DataProtection:Certificate:Path", TestCertificates.WritePfx(first, _temp.Root, Password)), ("DataProtection:Certificate:Password", Password)];
        (string, string)[] secondSettings = [("DataProtection:Certificate:Path", TestCertificates.WritePfx(second, _temp.Root, Password)), ("DataProtection:Certificate:Password", Password)];
        (string, string)[] rotated = [.. secondSettings, ("DataProtection:PreviousCertificates:0:Path", firstSettings[0].Item2), ("DataProtection:PreviousCertificates:0:Password", Password)];

        string old;
        using (var host = Start(_temp.Data, firstSettings))
        {
            old = host.Protect("token-under-the-first-certificate");
        }

        string newer;
        using (var host = Start(_temp.Data, rotated))
        {
            host.Unprotect(old).ShouldBe("token-under-the-first-certificate");
            newer = host.Protect("token-under-the-second-certificate");
            KeyFiles(_temp.Data).Count.ShouldBe(2); // The first certificate's default key was replaced at start.
            host.Logs.Lines.ShouldContain(l => l.Contains("wrapped with a previous certificate", StringComparison.Ordinal));

            // The new token needs only the new certificate; the old one still needs the old certificate.
            FreshProtector(CopyKeys(_temp.Data, _temp.Root), WithCertificates(second)).Unprotect(newer).ShouldBe("token-under-the-second-certificate");
            Should.Throw<CryptographicException>(() => FreshProtector(CopyKeys(_temp.Data, _temp.Root), WithCertificates(second)).Unprotect(old));

            (await KeysProtectCommand.RunAsync(host.Services)).ShouldBe(0);
        }

        // Re-wrapped: the second certificate alone opens every key, so the first can leave the settings.
        FreshProtector(CopyKeys(_temp.Data, _temp.Root), WithCertificates(second)).Unprotect(old).ShouldBe("token-under-the-first-certificate");
        Should.Throw<CryptographicException>(() => FreshProtector(CopyKeys(_temp.Data, _temp.Root), WithCertificates(first)).Unprotect(old));
        using var retired = Start(_temp.Data, secondSettings);
        retired.Unprotect(old).ShouldBe("token-under-the-first-certificate");
        retired.Unprotect(newer).ShouldBe("token-under-the-second-certificate");
        KeyFiles(_temp.Data).Count.ShouldBe(2);
        retired.Logs.Lines.ShouldNotContain(l => l.Contains("previous certificate", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_rotated_key_encryption_key_with_the_previous_one_listed_still_decrypts_and_without_it_does_not()
    {
        var first = KeyEncryptionKey.Generate().ToBase64();
        var second = KeyEncryptionKey.Generate().ToBase64();

        string old;
        using (var host = Start(_temp.Data, ("DataProtection:KeyEncryptionKey", first)))
        {
            old = host.Protect("token-under-the-first-kek");
        }

        // Dropped too early: the old token is unreadable (an error, not a wrong answer).
        using (var early = Start(_temp.Data, ("DataProtection:KeyEncryptionKey", second)))
        {
            Should.Throw<CryptographicException>(() => early.Unprotect(old));
        }

        using (var host = Start(_temp.Data, ("DataProtection:KeyEncryptionKey", second), ("DataProtection:PreviousKeyEncryptionKeys:0", first)))
        {
            host.Unprotect(old).ShouldBe("token-under-the-first-kek");
            (await KeysProtectCommand.RunAsync(host.Services)).ShouldBe(0);
        }

        using var retired = Start(_temp.Data, ("DataProtection:KeyEncryptionKey", second));
        retired.Unprotect(old).ShouldBe("token-under-the-first-kek");
        foreach (var file in KeyFiles(_temp.Data))
        {
            KeyFile.From(file, System.Xml.Linq.XElement.Load(file))!.WrappedWith.ShouldStartWith("kek:");
            Should.Throw<CryptographicException>(() => FreshProtector(CopyKeys(_temp.Data, _temp.Root), WithKeyEncryptionKeys(first)).Unprotect(old));
        }
    }

    public void Dispose() => _temp.Dispose();
}
