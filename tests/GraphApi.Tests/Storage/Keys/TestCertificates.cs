using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace GraphApi.Tests.Storage.Keys;

/// <summary>Self-signed RSA certificates made on the spot and written where a test wants them; none is committed.</summary>
internal static class TestCertificates
{
    public static X509Certificate2 Create(string name, int keySize = 2048)
    {
        using var rsa = RSA.Create(keySize);
        var request = new CertificateRequest($"CN={name}", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));

        // Through PKCS#12 once, so the private key is usable the same way on every platform.
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pkcs12), null, X509KeyStorageFlags.Exportable);
    }

    public static string WritePfx(X509Certificate2 certificate, string folder, string password)
    {
        var path = Path.Combine(folder, $"{certificate.Thumbprint}.pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pkcs12, password));
        return path;
    }

    /// <summary>The certificate and its key as two PEM files; the key encrypted when <paramref name="password"/> is given.</summary>
    public static (string CertificatePath, string KeyPath) WritePem(X509Certificate2 certificate, string folder, string? password = null)
    {
        var certificatePath = Path.Combine(folder, $"{certificate.Thumbprint}.crt");
        var keyPath = Path.Combine(folder, $"{certificate.Thumbprint}.key");
        File.WriteAllText(certificatePath, certificate.ExportCertificatePem());
        using var rsa = certificate.GetRSAPrivateKey()!;
        File.WriteAllText(keyPath, password is null
            ? rsa.ExportPkcs8PrivateKeyPem()
            : rsa.ExportEncryptedPkcs8PrivateKeyPem(password, new PbeParameters(PbeEncryptionAlgorithm.Aes256Cbc, HashAlgorithmName.SHA256, 10_000)));
        return (certificatePath, keyPath);
    }
}
