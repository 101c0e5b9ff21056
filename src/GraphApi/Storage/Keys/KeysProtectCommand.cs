using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;

namespace GraphApi.Storage.Keys;

/// <summary>
/// <c>keys protect</c>: wraps every plaintext key file of the ring in place with the configured certificate or
/// key-encryption key, so a copy of the data folder no longer decrypts tokens encrypted with those keys; key files
/// wrapped with a previous certificate or key are unwrapped and wrapped again with the current one, after which the
/// previous one can be dropped from the settings. Each file is
/// replaced atomically after its wrapped secret was checked to unwrap, so the command can be re-run after a crash
/// and is safe beside a running gateway that has the same protection configured.
/// </summary>
internal static class KeysProtectCommand
{
    public static bool IsInvoked(string[] args) =>
        args.Length >= 2 && args[0] == "keys" && args[1] == "protect";

    public static async Task<int> RunAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        if (services.GetRequiredService<KeyRingLocation>().InDatabase)
        {
            // The command rewrites key files; the database ring has no such tool yet. Protection still applies there
            // to every new key, and the start-up check makes a wrapped key the default at once.
            await Console.Error.WriteLineAsync(
                "keys protect: wraps the key files of a SQLite deployment's key folder only. With Storage:Provider=Postgres the ring is in the data_protection_keys table: "
                + "configure DataProtection:Certificate or :KeyEncryptionKey and restart, and new keys are wrapped (docs/scale-out/storage.md).");
            return 2;
        }

        var material = services.GetRequiredService<KeyProtectionMaterial>();
        var folder = services.GetRequiredService<KeyRingFolder>().Path;
        var encryptor = services.GetRequiredService<IOptions<KeyManagementOptions>>().Value.XmlEncryptor;
        if (!material.ProtectsNewKeys || encryptor is null)
        {
            await Console.Error.WriteLineAsync(
                "keys protect: nothing to protect with. Set DataProtection:Certificate:Path (or :Thumbprint) or DataProtection:KeyEncryptionKey first (docs/security/keys.md).");
            return 2;
        }

        KeyRingFiles.RemovePending(folder, DateTimeOffset.UtcNow.AddMinutes(-5));
        var files = await KeyRingFiles.ReadAsync(folder, cancellationToken);
        var alreadyCurrent = files.Count(f => f.IsWrappedWithCurrent(material));
        int plaintext = 0, rewrapped = 0;
        foreach (var file in files.Where(f => !f.IsWrappedWithCurrent(material)))
        {
            // Read again: the list is a snapshot, and a running gateway may have written since.
            if (await KeyRingFiles.LoadAsync(file.Path, cancellationToken) is not { } key || KeyFile.From(file.Path, key) is not { } current
                || current.IsWrappedWithCurrent(material))
            {
                continue;
            }

            var unwrapped = current.HoldsPlaintext ? key : KeyRingFiles.Unwrap(key, services);
            await KeyRingFiles.ReplaceAsync(file.Path, KeyRingFiles.Wrap(unwrapped, encryptor, services), cancellationToken);
            if (current.HoldsPlaintext)
            {
                plaintext++;
            }
            else
            {
                rewrapped++;
            }
        }

        await Console.Out.WriteLineAsync(
            $"keys protect: wrapped {plaintext} plaintext and re-wrapped {rewrapped} previously wrapped key file(s) in {folder} with the {material.Describe()}; "
            + $"{alreadyCurrent} already were.");
        return 0;
    }
}
