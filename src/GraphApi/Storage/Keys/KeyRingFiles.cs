using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace GraphApi.Storage.Keys;

/// <summary>
/// Reads the key files of the ring and wraps the plaintext ones in place. Data Protection has no API for this:
/// it encrypts a key only when it creates it, and never rewrites a stored one.
/// </summary>
internal static class KeyRingFiles
{
    /// <summary>The suffix of a file being written; Data Protection reads only <c>*.xml</c>, so a half-written one is never read.</summary>
    public const string PendingSuffix = ".protecting";

    public static async Task<IReadOnlyList<KeyFile>> ReadAsync(string folder, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var files = new List<KeyFile>();
        foreach (var path in Directory.EnumerateFiles(folder, "*.xml"))
        {
            var root = await LoadAsync(path, cancellationToken);
            if (root is not null && KeyFile.From(path, root) is { } key)
            {
                files.Add(key);
            }
        }

        return files;
    }

    public static async Task<XElement?> LoadAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            await using var stream = File.OpenRead(path);
            return await XElement.LoadAsync(stream, LoadOptions.None, cancellationToken);
        }
        catch (System.Xml.XmlException)
        {
            return null; // Not ours to judge: Data Protection reports a broken key file when it reads the ring.
        }
    }

    /// <summary>
    /// A copy of <paramref name="key"/> with every plaintext secret wrapped the way Data Protection wraps a new key
    /// (an <c>encryptedSecret</c> element naming its decryptor), and each wrapped secret checked to unwrap to the
    /// original before the copy is returned.
    /// </summary>
    public static XElement Wrap(XElement key, IXmlEncryptor encryptor, IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(encryptor);
        var copy = new XElement(key);
        while (copy.Descendants().FirstOrDefault(e => (bool?)e.Attribute(KeyFile.RequiresEncryption) == true) is { } secret)
        {
            var info = encryptor.Encrypt(new XElement(secret));
            var decryptor = (IXmlDecryptor)ActivatorUtilities.CreateInstance(services, info.DecryptorType);
            var unwrapped = decryptor.Decrypt(new XElement(info.EncryptedElement));
            if (unwrapped.Name != secret.Name || unwrapped.Value != secret.Value)
            {
                throw new InvalidOperationException($"Key {(string?)key.Attribute("id")}: the wrapped secret does not unwrap to the original; the file was left as it was.");
            }

            // Data Protection's "the key below is in an unencrypted form" comment goes with the plaintext.
            foreach (var comment in secret.NodesBeforeSelf().OfType<XComment>().ToList())
            {
                comment.Remove();
            }

            secret.ReplaceWith(new XElement(
                KeyFile.EncryptedSecret,
                new XAttribute("decryptorType", info.DecryptorType.AssemblyQualifiedName!),
                info.EncryptedElement));
        }

        return copy;
    }

    /// <summary>
    /// A copy of <paramref name="key"/> with every wrapped secret unwrapped by the decryptor it names (current or
    /// previous certificate or key-encryption key), ready to be wrapped again with the current one.
    /// </summary>
    public static XElement Unwrap(XElement key, IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(key);
        var copy = new XElement(key);
        while (copy.Descendants(KeyFile.EncryptedSecret).FirstOrDefault() is { } secret)
        {
            var typeName = (string?)secret.Attribute("decryptorType");
            var type = typeName is null ? null : Type.GetType(typeName, throwOnError: false);
            if (type is null || !typeof(IXmlDecryptor).IsAssignableFrom(type) || secret.Elements().SingleOrDefault() is not { } wrapped)
            {
                throw new InvalidOperationException($"Key {(string?)key.Attribute("id")}: its secret is wrapped by an unknown decryptor; the file was left as it was.");
            }

            var decryptor = (IXmlDecryptor)ActivatorUtilities.CreateInstance(services, type);
            secret.ReplaceWith(decryptor.Decrypt(new XElement(wrapped)));
        }

        return copy;
    }

    /// <summary>
    /// Replaces <paramref name="path"/> with <paramref name="content"/> atomically: written and flushed to disk under a
    /// name Data Protection does not read, then renamed over the original. A crash leaves the old file or the new one,
    /// never half of either.
    /// </summary>
    public static async Task ReplaceAsync(string path, XElement content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        // A name of its own per write: two runs of the command at once each finish their own file, and the last
        // rename wins with a file as valid as the other.
        var pending = $"{path}.{Guid.NewGuid():N}{PendingSuffix}";
        await using (var stream = new FileStream(pending, FileMode.Create, FileAccess.Write, FileShare.None, 4096, FileOptions.Asynchronous))
        {
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(stream.SafeFileHandle, File.GetUnixFileMode(path));
            }

            await content.SaveAsync(stream, SaveOptions.None, cancellationToken);
            await stream.FlushAsync(cancellationToken);
            stream.Flush(flushToDisk: true);
        }

        File.Move(pending, path, overwrite: true);
    }

    /// <summary>
    /// Removes files a crashed run left behind (their originals are still in place, and they hold no plaintext).
    /// Only old ones: a younger one may be another run's file in the middle of its write.
    /// </summary>
    public static int RemovePending(string folder, DateTimeOffset olderThan)
    {
        if (!Directory.Exists(folder))
        {
            return 0;
        }

        var removed = 0;
        foreach (var pending in Directory.EnumerateFiles(folder, "*" + PendingSuffix))
        {
            if (File.GetLastWriteTimeUtc(pending) < olderThan.UtcDateTime)
            {
                File.Delete(pending);
                removed++;
            }
        }

        return removed;
    }
}
