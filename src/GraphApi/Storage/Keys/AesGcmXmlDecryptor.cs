using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace GraphApi.Storage.Keys;

/// <summary>
/// Unwraps what <see cref="AesGcmXmlEncryptor"/> wrote, with the current or a previous key-encryption key (picked by
/// the id stored beside the key). Data Protection creates it by type name with the service provider, hence the
/// public constructor taking <see cref="IServiceProvider"/>.
/// </summary>
internal sealed class AesGcmXmlDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement)
    {
        ArgumentNullException.ThrowIfNull(encryptedElement);
        var keyId = (string?)encryptedElement.Attribute(AesGcmXmlEncryptor.KeyIdAttribute)
            ?? throw new CryptographicException("The wrapped Data Protection key names no key-encryption key.");
        var key = services.GetRequiredService<KeyProtectionMaterial>().KeyEncryptionKeys.FirstOrDefault(k => k.Id == keyId)
            ?? throw new CryptographicException(
                $"A Data Protection key is wrapped with key-encryption key {keyId}, which is neither {KeyProtectionOptions.SectionName}:KeyEncryptionKey "
                + $"nor in {KeyProtectionOptions.SectionName}:PreviousKeyEncryptionKeys.");

        var nonce = Convert.FromBase64String((string?)encryptedElement.Element("nonce") ?? string.Empty);
        var sealedBytes = Convert.FromBase64String((string?)encryptedElement.Element("value") ?? string.Empty);
        if (nonce.Length != AesGcmXmlEncryptor.NonceSize || sealedBytes.Length < AesGcmXmlEncryptor.TagSize)
        {
            throw new CryptographicException("The wrapped Data Protection key is malformed.");
        }

        var length = sealedBytes.Length - AesGcmXmlEncryptor.TagSize;
        var plaintext = new byte[length];
        try
        {
            using var aes = new AesGcm(key.Key, AesGcmXmlEncryptor.TagSize);
            aes.Decrypt(nonce, sealedBytes.AsSpan(0, length), sealedBytes.AsSpan(length), plaintext, AesGcmXmlEncryptor.AssociatedData(keyId));
            return XElement.Parse(Encoding.UTF8.GetString(plaintext));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plaintext);
        }
    }
}
