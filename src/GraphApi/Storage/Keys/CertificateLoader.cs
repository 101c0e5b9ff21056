using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace GraphApi.Storage.Keys;

/// <summary>
/// Loads one configured certificate and checks it can wrap keys (an RSA private key of 2048 bits or more). Problems
/// name the setting and the file, never the password.
/// </summary>
internal static class CertificateLoader
{
    public const int MinimumRsaKeySize = 2048;

    public static X509Certificate2? Load(CertificateSettings settings, string setting, string contentRoot, List<string> problems)
    {
        var hasPath = !string.IsNullOrWhiteSpace(settings.Path);
        var hasThumbprint = !string.IsNullOrWhiteSpace(settings.Thumbprint);
        if (hasPath == hasThumbprint)
        {
            problems.Add(hasPath
                ? $"{setting}: set Path or Thumbprint, not both."
                : $"{setting}: set {setting}:Path (a PKCS#12 or PEM file) or {setting}:Thumbprint.");
            return null;
        }

        var certificate = hasPath ? FromFile(settings, setting, contentRoot, problems) : FromStore(settings.Thumbprint!, setting, problems);
        if (certificate is null)
        {
            return null;
        }

        using var rsa = certificate.GetRSAPrivateKey();
        if (rsa is null || rsa.KeySize < MinimumRsaKeySize)
        {
            problems.Add($"{setting}: the certificate {certificate.Thumbprint} needs an RSA private key of at least {MinimumRsaKeySize} bits to wrap Data Protection keys.");
            certificate.Dispose();
            return null;
        }

        return certificate;
    }

    private static X509Certificate2? FromFile(CertificateSettings settings, string setting, string contentRoot, List<string> problems)
    {
        var path = Path.GetFullPath(settings.Path!, contentRoot);
        var keyPath = string.IsNullOrWhiteSpace(settings.KeyPath) ? null : Path.GetFullPath(settings.KeyPath, contentRoot);
        foreach (var (file, name) in new[] { (path, "Path"), (keyPath, "KeyPath") })
        {
            if (file is not null && !File.Exists(file))
            {
                problems.Add($"{setting}:{name}: the file '{file}' does not exist.");
                return null;
            }
        }

        var password = string.IsNullOrEmpty(settings.Password) ? null : settings.Password;
        try
        {
            if (keyPath is not null || IsPem(path))
            {
                return password is null
                    ? X509Certificate2.CreateFromPemFile(path, keyPath)
                    : X509Certificate2.CreateFromEncryptedPemFile(path, password, keyPath);
            }

            // Ephemeral on Linux: nothing is written to the user's key store; elsewhere the platform default.
            var flags = OperatingSystem.IsLinux() ? X509KeyStorageFlags.EphemeralKeySet : X509KeyStorageFlags.DefaultKeySet;
            return X509CertificateLoader.LoadPkcs12FromFile(path, password, flags);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problems.Add($"{setting}:Path: cannot read '{path}': {ex.GetType().Name}.");
        }
        catch (Exception ex) when (ex is CryptographicException or ArgumentException)
        {
            // The exception's text is not echoed: some platforms quote the input it failed on.
            problems.Add(password is null
                ? $"{setting}:Path: '{path}' is not a readable certificate with its private key (an encrypted key or PKCS#12 file needs {setting}:Password)."
                : $"{setting}:Password does not open '{path}' (wrong password, or not a PKCS#12/PEM certificate with its private key).");
        }

        return null;
    }

    /// <summary>
    /// PKCS#12 is DER, which starts with a SEQUENCE tag (0x30); anything else is taken as PEM, which may start with
    /// text before its first "-----BEGIN" (OpenSSL's "Bag Attributes", comments).
    /// </summary>
    private static bool IsPem(string path)
    {
        using var file = File.OpenRead(path);
        return file.ReadByte() != 0x30;
    }

    private static X509Certificate2? FromStore(string thumbprint, string setting, List<string> problems)
    {
        var wanted = thumbprint.Replace(" ", string.Empty, StringComparison.Ordinal).Replace(":", string.Empty, StringComparison.Ordinal);
        StoreLocation[] locations = OperatingSystem.IsWindows() ? [StoreLocation.CurrentUser, StoreLocation.LocalMachine] : [StoreLocation.CurrentUser];
        foreach (var location in locations)
        {
            using var store = new X509Store(StoreName.My, location);
            try
            {
                store.Open(OpenFlags.ReadOnly | OpenFlags.OpenExistingOnly);
            }
            catch (CryptographicException)
            {
                continue; // No such store on this machine (Linux creates the user's on first write).
            }

            var found = store.Certificates.Find(X509FindType.FindByThumbprint, wanted, validOnly: false);
            var match = found.FirstOrDefault(c => c.HasPrivateKey);
            foreach (var other in found.Where(c => !ReferenceEquals(c, match)))
            {
                other.Dispose();
            }

            if (match is not null)
            {
                return match;
            }
        }

        problems.Add($"{setting}:Thumbprint: no certificate {wanted} with a private key in the {string.Join(" or ", locations)} 'My' store.");
        return null;
    }
}
