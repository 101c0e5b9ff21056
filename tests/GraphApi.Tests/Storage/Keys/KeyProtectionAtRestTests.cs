using System.Security.Cryptography;
using GraphApi.Storage.Keys;
using Microsoft.AspNetCore.DataProtection;
using static GraphApi.Tests.Storage.Keys.KeyRingTestHost;

namespace GraphApi.Tests.Storage.Keys;

/// <summary>
/// The threat: a copy of the data folder (a backup, a snapshot, a stolen disk). Unprotected, it decrypts every stored
/// token; protected with a certificate or key-encryption key kept elsewhere, it does not, and the gateway (or a new
/// process) with that certificate or key still does.
/// </summary>
public sealed class KeyProtectionAtRestTests : IDisposable
{
    private const string Token = "pina_stored-access-token-for-the-copy-test";
    private const string Password = "pfx-password-that-must-not-leak";
    private readonly TempFolder _temp = new();

    [Fact]
    public void Unprotected_a_copy_of_the_data_folder_decrypts_a_stored_token()
    {
        string stored;
        using (var host = Start(_temp.Data))
        {
            stored = host.Protect(Token);
        }

        // The baseline the protection is for: this copy is all an attacker needs today.
        FreshProtector(CopyKeys(_temp.Data, _temp.Root)).Unprotect(stored).ShouldBe(Token);
        File.ReadAllText(KeyFiles(_temp.Data).Single()).ShouldContain("<masterKey");
    }

    [Theory]
    [InlineData("pfx")]
    [InlineData("pem")]
    [InlineData("pem with an encrypted key")]
    public void With_a_certificate_the_copy_alone_cannot_decrypt_and_the_certificate_can(string format)
    {
        using var certificate = TestCertificates.Create("GraphApi keys " + format);
        var settings = CertificateSettings(certificate, format);

        string stored;
        using (var host = Start(_temp.Data, settings))
        {
            stored = host.Protect(Token);
            host.Unprotect(stored).ShouldBe(Token);
        }

        ShouldHoldNoPlaintextKey();
        Should.Throw<CryptographicException>(() => FreshProtector(CopyKeys(_temp.Data, _temp.Root)).Unprotect(stored));
        FreshProtector(CopyKeys(_temp.Data, _temp.Root), WithCertificates(certificate)).Unprotect(stored).ShouldBe(Token);

        // A restart with the same settings reads the old token and needs no new key.
        using var restarted = Start(_temp.Data, settings);
        restarted.Unprotect(stored).ShouldBe(Token);
        KeyFiles(_temp.Data).Count.ShouldBe(1);
    }

    [Fact]
    public void With_a_key_encryption_key_the_copy_alone_cannot_decrypt_and_the_key_can()
    {
        var kek = KeyEncryptionKey.Generate().ToBase64();

        string stored;
        using (var host = Start(_temp.Data, ("DataProtection:KeyEncryptionKey", kek)))
        {
            stored = host.Protect(Token);
        }

        ShouldHoldNoPlaintextKey();
        var xml = File.ReadAllText(KeyFiles(_temp.Data).Single());
        xml.ShouldContain(AesGcmXmlEncryptor.ElementName);
        xml.ShouldNotContain(kek);
        Should.Throw<CryptographicException>(() => FreshProtector(CopyKeys(_temp.Data, _temp.Root)).Unprotect(stored));
        Should.Throw<CryptographicException>(() =>
            FreshProtector(CopyKeys(_temp.Data, _temp.Root), WithKeyEncryptionKeys(KeyEncryptionKey.Generate().ToBase64())).Unprotect(stored));
        FreshProtector(CopyKeys(_temp.Data, _temp.Root), WithKeyEncryptionKeys(kek)).Unprotect(stored).ShouldBe(Token);

        using var restarted = Start(_temp.Data, ("DataProtection:KeyEncryptionKey", kek));
        restarted.Unprotect(stored).ShouldBe(Token);
        KeyFiles(_temp.Data).Count.ShouldBe(1);
    }

    [Fact]
    public void A_wrapped_key_changed_on_disk_is_refused_not_misread()
    {
        var kek = KeyEncryptionKey.Generate().ToBase64();
        string stored;
        using (var host = Start(_temp.Data, ("DataProtection:KeyEncryptionKey", kek)))
        {
            stored = host.Protect(Token);
        }

        // Flip one bit of the sealed key: AES-GCM's tag must reject it.
        var file = KeyFiles(_temp.Data).Single();
        var root = System.Xml.Linq.XElement.Load(file);
        var value = root.Descendants("value").Single(e => e.Parent?.Name == AesGcmXmlEncryptor.ElementName);
        var bytes = Convert.FromBase64String(value.Value);
        bytes[5] ^= 0x01;
        value.Value = Convert.ToBase64String(bytes);
        root.Save(file);

        Should.Throw<CryptographicException>(() => FreshProtector(Path.GetDirectoryName(file)!, WithKeyEncryptionKeys(kek)).Unprotect(stored));
    }

    private (string, string)[] CertificateSettings(System.Security.Cryptography.X509Certificates.X509Certificate2 certificate, string format)
    {
        switch (format)
        {
            case "pfx":
                return [("DataProtection:Certificate:Path", TestCertificates.WritePfx(certificate, _temp.Root, Password)), ("DataProtection:Certificate:Password", Password)];
            case "pem":
                var (crt, key) = TestCertificates.WritePem(certificate, _temp.Root);
                return [("DataProtection:Certificate:Path", crt), ("DataProtection:Certificate:KeyPath", key)];
            default:
                var (encryptedCrt, encryptedKey) = TestCertificates.WritePem(certificate, _temp.Root, Password);
                return [("DataProtection:Certificate:Path", encryptedCrt), ("DataProtection:Certificate:KeyPath", encryptedKey), ("DataProtection:Certificate:Password", Password)];
        }
    }

    private void ShouldHoldNoPlaintextKey()
    {
        foreach (var file in KeyFiles(_temp.Data))
        {
            var xml = File.ReadAllText(file);
            xml.ShouldNotContain("<masterKey");
            xml.ShouldNotContain("requiresEncryption");
            xml.ShouldContain("encryptedSecret");
        }
    }

    public void Dispose() => _temp.Dispose();
}
