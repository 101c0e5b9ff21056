namespace GraphApi.Storage.Keys;

/// <summary>
/// One certificate: a PKCS#12 file (<see cref="Path"/> + <see cref="Password"/>), a PEM certificate with its key
/// (<see cref="Path"/> + <see cref="KeyPath"/>, <see cref="Password"/> when the key is encrypted; or both in
/// <see cref="Path"/>), or a certificate in the current user's "My" store (<see cref="Thumbprint"/>; on Windows also
/// the machine's).
/// </summary>
public sealed class CertificateSettings
{
    public string? Path { get; set; }

    public string? KeyPath { get; set; }

    public string? Password { get; set; }

    public string? Thumbprint { get; set; }

    public bool IsSet => !string.IsNullOrWhiteSpace(Path) || !string.IsNullOrWhiteSpace(Thumbprint)
        || !string.IsNullOrWhiteSpace(KeyPath) || !string.IsNullOrEmpty(Password);
}
