using System.Security.Cryptography.X509Certificates;

namespace GraphApi.Storage.Keys;

/// <summary>
/// The loaded <see cref="KeyProtectionOptions"/>: what wraps new keys (one certificate or one key-encryption key, or
/// nothing) and everything that may unwrap old ones (current first, then the previous ones).
/// </summary>
internal sealed class KeyProtectionMaterial : IDisposable
{
    private const string Section = KeyProtectionOptions.SectionName;

    public KeyProtectionMaterial(X509Certificate2? certificate, IReadOnlyList<X509Certificate2> decryptionCertificates, KeyEncryptionKey? keyEncryptionKey, IReadOnlyList<KeyEncryptionKey> keyEncryptionKeys)
    {
        Certificate = certificate;
        DecryptionCertificates = decryptionCertificates;
        KeyEncryptionKey = keyEncryptionKey;
        KeyEncryptionKeys = keyEncryptionKeys;
    }

    public static KeyProtectionMaterial None { get; } = new(null, [], null, []);

    public X509Certificate2? Certificate { get; }

    public IReadOnlyList<X509Certificate2> DecryptionCertificates { get; }

    public KeyEncryptionKey? KeyEncryptionKey { get; }

    public IReadOnlyList<KeyEncryptionKey> KeyEncryptionKeys { get; }

    /// <summary>True when new keys are wrapped before they are written.</summary>
    public bool ProtectsNewKeys => Certificate is not null || KeyEncryptionKey is not null;

    /// <summary>What wraps new keys, as <see cref="KeyFile.WrappedWith"/> records it; null when nothing does.</summary>
    public string? ProtectionId => Certificate is not null
        ? CertificateId(Certificate.Thumbprint)
        : KeyEncryptionKey is not null ? KeyEncryptionKeyId(KeyEncryptionKey.Id) : null;

    public static string CertificateId(string thumbprint) => "cert:" + thumbprint.ToUpperInvariant();

    public static string KeyEncryptionKeyId(string id) => "kek:" + id;

    /// <summary>What wraps new keys, for logs: the certificate's thumbprint or the key-encryption key's id (never the key).</summary>
    public string Describe() => Certificate is not null
        ? $"certificate {Certificate.Thumbprint}"
        : KeyEncryptionKey is not null ? $"key-encryption key {KeyEncryptionKey.Id}" : "nothing";

    /// <summary>Loads every configured certificate and key; each problem names its setting and never a secret.</summary>
    public static KeyProtectionMaterial Load(KeyProtectionOptions options, string contentRoot, List<string> problems)
    {
        ArgumentNullException.ThrowIfNull(options);
        var certificates = new List<X509Certificate2>();
        X509Certificate2? certificate = null;
        if (options.Certificate is { IsSet: true } current)
        {
            certificate = CertificateLoader.Load(current, $"{Section}:Certificate", contentRoot, problems);
            if (certificate is not null)
            {
                certificates.Add(certificate);
            }
        }

        for (var i = 0; i < options.PreviousCertificates.Count; i++)
        {
            if (options.PreviousCertificates[i] is { IsSet: true } previous
                && CertificateLoader.Load(previous, $"{Section}:PreviousCertificates:{i}", contentRoot, problems) is { } loaded)
            {
                certificates.Add(loaded);
            }
        }

        var keys = new List<KeyEncryptionKey>();
        KeyEncryptionKey? keyEncryptionKey = null;
        if (!string.IsNullOrWhiteSpace(options.KeyEncryptionKey))
        {
            keyEncryptionKey = Parse(options.KeyEncryptionKey, $"{Section}:KeyEncryptionKey", problems);
            if (keyEncryptionKey is not null)
            {
                keys.Add(keyEncryptionKey);
            }
        }

        for (var i = 0; i < options.PreviousKeyEncryptionKeys.Count; i++)
        {
            if (Parse(options.PreviousKeyEncryptionKeys[i], $"{Section}:PreviousKeyEncryptionKeys:{i}", problems) is { } previous)
            {
                keys.Add(previous);
            }
        }

        if (options.Certificate is { IsSet: true } && !string.IsNullOrWhiteSpace(options.KeyEncryptionKey))
        {
            problems.Add($"{Section}:Certificate and {Section}:KeyEncryptionKey are both set: choose the one that protects new keys, and list the other "
                + $"under {Section}:PreviousCertificates or {Section}:PreviousKeyEncryptionKeys while keys wrapped with it remain.");
        }

        return new KeyProtectionMaterial(certificate, certificates, keyEncryptionKey, keys);
    }

    private static KeyEncryptionKey? Parse(string? value, string setting, List<string> problems)
    {
        if (KeyEncryptionKey.TryParse(value, out var key))
        {
            return key;
        }

        problems.Add($"{setting} must be a base64-encoded 256-bit key (32 random bytes, e.g. from `openssl rand -base64 32`).");
        return null;
    }

    public void Dispose()
    {
        foreach (var certificate in DecryptionCertificates)
        {
            certificate.Dispose();
        }
    }
}
