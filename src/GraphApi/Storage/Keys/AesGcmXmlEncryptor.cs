using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace GraphApi.Storage.Keys;

/// <summary>
/// Wraps a Data Protection key with a key-encryption key (AES-256-GCM, random 96-bit nonce, 128-bit tag).
/// </summary>
/// <remarks>
/// Why hand-written: Data Protection ships certificate, DPAPI and DPAPI-NG wrapping only; the packages that wrap
/// with a symmetric key do it through a cloud vault (Azure Key Vault, AWS KMS), and none of those is served here or
/// works offline. AES-GCM from the BCL is the whole algorithm; this class only frames it as XML.
/// </remarks>
internal sealed class AesGcmXmlEncryptor(KeyEncryptionKey key) : IXmlEncryptor
{
    public const int NonceSize = 12;
    public const int TagSize = 16;
    public const string ElementName = "aesGcmEncryptedKey";
    public const string KeyIdAttribute = "kekId";

    public EncryptedXmlInfo Encrypt(XElement plaintextElement)
    {
        ArgumentNullException.ThrowIfNull(plaintextElement);
        var plaintext = Encoding.UTF8.GetBytes(plaintextElement.ToString(SaveOptions.DisableFormatting));
        var nonce = RandomNumberGenerator.GetBytes(NonceSize);
        var sealedBytes = new byte[plaintext.Length + TagSize];
        try
        {
            using var aes = new AesGcm(key.Key, TagSize);
            aes.Encrypt(nonce, plaintext, sealedBytes.AsSpan(0, plaintext.Length), sealedBytes.AsSpan(plaintext.Length), AssociatedData(key.Id));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plaintext);
        }

        var element = new XElement(
            ElementName,
            new XAttribute("version", 1),
            new XAttribute(KeyIdAttribute, key.Id),
            new XElement("nonce", Convert.ToBase64String(nonce)),
            new XElement("value", Convert.ToBase64String(sealedBytes)));
        return new EncryptedXmlInfo(element, typeof(AesGcmXmlDecryptor));
    }

    /// <summary>Binds the ciphertext to its format and key id, so neither can be swapped on disk unnoticed.</summary>
    public static byte[] AssociatedData(string keyId) => Encoding.ASCII.GetBytes("GraphApi.DataProtection.AesGcmEncryptedKey.v1:" + keyId);
}
