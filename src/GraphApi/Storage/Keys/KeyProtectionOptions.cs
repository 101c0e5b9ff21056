namespace GraphApi.Storage.Keys;

/// <summary>
/// <c>DataProtection</c>: how the Data Protection key ring is protected at rest. With neither <see cref="Certificate"/>
/// nor <see cref="KeyEncryptionKey"/> the keys are stored in plaintext in the data folder (the default, fine for the
/// sandbox): a copy of that folder then decrypts every stored Pinterest token. See docs/security/keys.md.
/// </summary>
public sealed class KeyProtectionOptions
{
    public const string SectionName = "DataProtection";

    /// <summary>The certificate new keys are encrypted to (RSA, with its private key).</summary>
    public CertificateSettings? Certificate { get; set; }

    /// <summary>Certificates that wrapped older keys: they only decrypt, so a rotated certificate keeps its keys readable.</summary>
    public IList<CertificateSettings> PreviousCertificates { get; } = [];

    /// <summary>A base64 256-bit key that wraps new keys with AES-GCM (from the environment or a secret store, never the data folder).</summary>
    public string? KeyEncryptionKey { get; set; }

    /// <summary>Key-encryption keys that wrapped older keys: they only decrypt.</summary>
    public IList<string> PreviousKeyEncryptionKeys { get; } = [];
}
