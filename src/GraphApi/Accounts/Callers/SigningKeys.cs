using System.Security.Cryptography;

namespace GraphApi.Accounts.Callers;

/// <summary>Symmetric JWT signing keys: decoding, and the sandbox's generated key kept in the data folder.</summary>
internal static class SigningKeys
{
    public static bool TryDecode(string base64, out byte[] key)
    {
        key = new byte[base64.Length];
        if (Convert.TryFromBase64String(base64.Trim(), key, out var written))
        {
            key = key[..written];
            return true;
        }

        key = [];
        return false;
    }

    /// <summary>
    /// Reads the sandbox key from <paramref name="path"/>, creating it on first start: tokens the IDE and demo
    /// app hold keep working across restarts, and no key ships in the repository.
    /// </summary>
    public static string LoadOrCreate(string path)
    {
        if (File.Exists(path))
        {
            return File.ReadAllText(path).Trim();
        }

        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var temp = path + ".tmp";
        File.WriteAllText(temp, key);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(temp, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        // Another process may have won the race: keep whichever key landed first.
        try
        {
            File.Move(temp, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(temp);
        }

        return File.ReadAllText(path).Trim();
    }
}
