using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GraphApi.Storage;
using Microsoft.AspNetCore.DataProtection;

namespace GraphApi.Accounts.Links.Durability;

/// <summary>
/// The refreshed-token journal: one encrypted file per link in <c>DATA/token-journal</c>, written before the
/// database is, so a rotated refresh token survives a failed write or a crash. Data Protection with a purpose of its
/// own (a journal file cannot be replayed as a stored token or vice versa). Files are named by a hash of the
/// link key, so neither tenant nor user id appears on disk in clear and no key can escape the folder.
/// </summary>
/// <remarks>
/// Calls for one link never overlap: <see cref="AccountLinkRefresher"/> runs refreshes and background writes
/// of a link one at a time, and recovery runs before either. So no per-file locking here.
/// </remarks>
internal sealed class TokenJournal
{
    public const string FolderName = "token-journal";
    private const string Extension = ".tok";
    private const string TempExtension = ".tmp";
    private readonly IDataProtector _protector;

    public TokenJournal(DataDirectory data, IDataProtectionProvider provider)
    {
        Folder = data.Combine(FolderName);
        CorruptFolder = Path.Combine(Folder, "corrupt");
        _protector = provider.CreateProtector("GraphApi.Connections.TokenJournal.v1");
    }

    public string Folder { get; }

    public string CorruptFolder { get; }

    /// <summary>Writes (or replaces) the link's entry atomically: temp file, flushed to disk, renamed over.</summary>
    public async Task WriteAsync(TokenJournalEntry entry, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Folder);
        var bytes = _protector.Protect(JsonSerializer.SerializeToUtf8Bytes(entry, TokenJournalJsonContext.Default.TokenJournalEntry));
        var path = PathFor(entry.Key);
        var temp = path + "." + Guid.NewGuid().ToString("N") + TempExtension;
        try
        {
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            await using (var stream = new FileStream(temp, options))
            {
                await stream.WriteAsync(bytes, cancellationToken);
                // Flush(true) is fsync: the bytes are on disk before the rename makes them the entry.
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, path, overwrite: true);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    public void Delete(AccountLinkKey key) => TryDelete(PathFor(key));

    /// <summary>Entry files left in the folder (recovery); leftover temp files of interrupted writes are removed.</summary>
    public IReadOnlyList<string> LeftoverFiles()
    {
        if (!Directory.Exists(Folder))
        {
            return [];
        }

        foreach (var temp in Directory.EnumerateFiles(Folder, "*" + TempExtension))
        {
            // Never renamed, so never the entry: the write it belonged to did not complete.
            TryDelete(temp);
        }

        return [.. Directory.EnumerateFiles(Folder, "*" + Extension).Order(StringComparer.Ordinal)];
    }

    /// <summary>The entry in <paramref name="path"/>, or null when it cannot be decrypted or read as an entry for the link its name says.</summary>
    public TokenJournalEntry? TryRead(string path)
    {
        try
        {
            var entry = JsonSerializer.Deserialize(_protector.Unprotect(File.ReadAllBytes(path)), TokenJournalJsonContext.Default.TokenJournalEntry);
            return entry is { IsComplete: true } && string.Equals(PathFor(entry.Key), path, StringComparison.Ordinal) ? entry : null;
        }
        catch (Exception ex) when (ex is CryptographicException or JsonException or IOException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>Moves an unreadable entry out of the way (kept for an operator, never read again); returns where it went.</summary>
    public string MoveAside(string path)
    {
        Directory.CreateDirectory(CorruptFolder);
        var target = Path.Combine(CorruptFolder, Path.GetFileName(path) + "." + Guid.NewGuid().ToString("N"));
        File.Move(path, target);
        return target;
    }

    public string PathFor(AccountLinkKey key)
    {
        // Length-prefixed so ("a", "bc") and ("ab", "c") differ.
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{key.TenantId.Length}:{key.TenantId}{key.UserId}"));
        return Path.Combine(Folder, Convert.ToHexStringLower(hash) + Extension);
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A leftover temp file is removed at the next start; a leftover entry is discarded there by its version.
        }
    }
}
