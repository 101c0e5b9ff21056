using System.Globalization;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Xml.Linq;

namespace GraphApi.Storage.Keys;

/// <summary>One <c>key-*.xml</c> file of the ring, as far as protection cares: when it is the default key, and whether its secret is in plaintext.</summary>
/// <remarks><see cref="WrappedWith"/> is what wraps the secret, in <see cref="KeyProtectionMaterial.ProtectionId"/>'s format; null when nothing this gateway knows does.</remarks>
internal sealed record KeyFile(string Path, Guid Id, DateTimeOffset Activation, DateTimeOffset Expiration, bool HoldsPlaintext, string? WrappedWith)
{
    private static readonly XNamespace DataProtection = "http://schemas.asp.net/2015/03/dataProtection";

    /// <summary>The marker Data Protection puts on the element that holds the key's secret.</summary>
    public static readonly XName RequiresEncryption = DataProtection + "requiresEncryption";

    /// <summary>The wrapper Data Protection reads a wrapped secret from.</summary>
    public static readonly XName EncryptedSecret = DataProtection + "encryptedSecret";

    /// <summary>A key file's parts, or null for anything else in the folder (revocations, foreign files).</summary>
    public static KeyFile? From(string path, XElement root)
    {
        ArgumentNullException.ThrowIfNull(root);
        if (root.Name != "key" || !Guid.TryParse((string?)root.Attribute("id"), out var id)
            || !TryDate(root.Element("activationDate"), out var activation) || !TryDate(root.Element("expirationDate"), out var expiration))
        {
            return null;
        }

        return new KeyFile(path, id, activation, expiration, HasPlaintextSecret(root), WrappingOf(root));
    }

    /// <summary>True when the file is wrapped with exactly <paramref name="material"/>'s current certificate or key.</summary>
    public bool IsWrappedWithCurrent(KeyProtectionMaterial material) =>
        !HoldsPlaintext && material.ProtectionId is { } current && WrappedWith == current;

    /// <summary>
    /// "kek:{id}" for our AES-GCM wrapping; "cert:{thumbprint}" for Data Protection's certificate wrapping, which
    /// embeds the certificate (the thumbprint is its SHA-1); null otherwise.
    /// </summary>
    private static string? WrappingOf(XElement root)
    {
        var secrets = root.Descendants(EncryptedSecret).ToList();
        if (secrets.Count == 0)
        {
            return null;
        }

        var wrappings = secrets.Select(secret =>
        {
            if (secret.Element(AesGcmXmlEncryptor.ElementName) is { } aes)
            {
                return KeyProtectionMaterial.KeyEncryptionKeyId((string?)aes.Attribute(AesGcmXmlEncryptor.KeyIdAttribute) ?? string.Empty);
            }

            var certificate = secret.Descendants().FirstOrDefault(e => e.Name.LocalName == "X509Certificate")?.Value;
            return certificate is not null && Thumbprint(certificate) is { } thumbprint ? KeyProtectionMaterial.CertificateId(thumbprint) : null;
        }).Distinct().ToList();
        return wrappings.Count == 1 ? wrappings[0] : null;
    }

    private static string? Thumbprint(string base64)
    {
        try
        {
            using var certificate = X509CertificateLoader.LoadCertificate(Convert.FromBase64String(base64.Trim()));
            return certificate.Thumbprint;
        }
        catch (Exception ex) when (ex is FormatException or CryptographicException)
        {
            return null;
        }
    }

    public static bool HasPlaintextSecret(XElement root) =>
        root.Descendants().Any(e => (bool?)e.Attribute(RequiresEncryption) == true);

    private static bool TryDate(XElement? element, out DateTimeOffset value) =>
        DateTimeOffset.TryParse(element?.Value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value);
}
