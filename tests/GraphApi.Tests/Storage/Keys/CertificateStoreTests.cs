using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using static GraphApi.Tests.Storage.Keys.KeyRingTestHost;

namespace GraphApi.Tests.Storage.Keys;

/// <summary>A certificate from the current user's store by thumbprint, and PEM files with text before the PEM block.</summary>
public sealed class CertificateStoreTests : IDisposable
{
    private readonly TempFolder _temp = new();

    [Fact]
    public void A_certificate_in_the_user_store_protects_the_ring_by_thumbprint()
    {
        using var certificate = TestCertificates.Create("GraphApi keys store test " + Guid.NewGuid().ToString("N"));
        using var store = new X509Store(StoreName.My, StoreLocation.CurrentUser);
        store.Open(OpenFlags.ReadWrite);
        store.Add(certificate);
        try
        {
            string stored;
            using (var host = Start(_temp.Data, ("DataProtection:Certificate:Thumbprint", certificate.Thumbprint.ToLowerInvariant())))
            {
                stored = host.Protect("token-under-a-store-certificate");
            }

            File.ReadAllText(KeyFiles(_temp.Data).Single()).ShouldNotContain("masterKey");
            FreshProtector(CopyKeys(_temp.Data, _temp.Root), WithCertificates(certificate)).Unprotect(stored).ShouldBe("token-under-a-store-certificate");
        }
        finally
        {
            store.Remove(certificate);
        }
    }

    [Fact]
    public void A_pem_file_with_its_key_and_text_before_the_blocks_is_read()
    {
        using var certificate = TestCertificates.Create("GraphApi keys bag attributes");
        using var rsa = certificate.GetRSAPrivateKey()!;
        var path = Path.Combine(_temp.Root, "combined.pem");
        File.WriteAllText(path, "Bag Attributes\n    localKeyID: 01 00 00 00\n    friendlyName: exported by openssl pkcs12 -nodes\n"
            + certificate.ExportCertificatePem() + "\n" + rsa.ExportPkcs8PrivateKeyPem() + "\n");

        string stored;
        using (var host = Start(_temp.Data, ("DataProtection:Certificate:Path", path)))
        {
            stored = host.Protect("token-under-a-combined-pem");
        }

        Should.Throw<CryptographicException>(() => FreshProtector(CopyKeys(_temp.Data, _temp.Root)).Unprotect(stored));
        FreshProtector(CopyKeys(_temp.Data, _temp.Root), WithCertificates(certificate)).Unprotect(stored).ShouldBe("token-under-a-combined-pem");
    }

    public void Dispose() => _temp.Dispose();
}
