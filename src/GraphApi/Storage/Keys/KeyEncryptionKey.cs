using System.Security.Cryptography;
using System.Text;

namespace GraphApi.Storage.Keys;

/// <summary>
/// A 256-bit AES key that wraps Data Protection keys. <see cref="Id"/> is written beside each wrapped key so the
/// right key is picked after a rotation; it is a truncated, domain-separated SHA-256 of the key, which reveals nothing
/// about a random 256-bit key.
/// </summary>
internal sealed class KeyEncryptionKey
{
    public const int SizeInBytes = 32;

    private static readonly byte[] IdLabel = Encoding.ASCII.GetBytes("GraphApi.DataProtection.KeyEncryptionKey.Id.v1");

    private KeyEncryptionKey(byte[] key)
    {
        Key = key;
        var labelled = new byte[IdLabel.Length + key.Length];
        IdLabel.CopyTo(labelled, 0);
        key.CopyTo(labelled, IdLabel.Length);
        Id = Convert.ToHexStringLower(SHA256.HashData(labelled), 0, 8);
        CryptographicOperations.ZeroMemory(labelled);
    }

    public byte[] Key { get; }

    public string Id { get; }

    /// <summary>Decodes a base64 256-bit key; false for anything else (wrong length, not base64).</summary>
    public static bool TryParse(string? base64, out KeyEncryptionKey? key)
    {
        key = null;
        // 32 bytes are 44 base64 characters; anything much longer is not a key, and is not worth a buffer.
        if (string.IsNullOrWhiteSpace(base64) || base64.Length > 64)
        {
            return false;
        }

        var buffer = new byte[base64.Length];
        try
        {
            if (!Convert.TryFromBase64String(base64.Trim(), buffer, out var written) || written != SizeInBytes)
            {
                return false;
            }

            key = new KeyEncryptionKey(buffer[..SizeInBytes]);
            return true;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(buffer);
        }
    }

    public static KeyEncryptionKey Generate() => new(RandomNumberGenerator.GetBytes(SizeInBytes));

    public string ToBase64() => Convert.ToBase64String(Key);
}
