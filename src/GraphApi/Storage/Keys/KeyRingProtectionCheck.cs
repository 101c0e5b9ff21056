using GraphApi.Features.Gateway;
using GraphApi.Upstream;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;

namespace GraphApi.Storage.Keys;

/// <summary>
/// Once per start, after Data Protection has loaded its ring. Unprotected: a Warning with real Pinterest tokens
/// outside Development (Information in Development; nothing in sandbox mode, whose tokens are the emulator's).
/// Protected over a ring whose default key is in plaintext (or wrapped with a rotated-out certificate or key): a new
/// key wrapped with the current one becomes the default at once, so no new token is encrypted with the old key; a
/// Warning says how many plaintext keys remain and how to wrap them (<c>keys protect</c>). Old tokens keep
/// decrypting with their old keys either way. Cost: one read of the key files (or the key table on PostgreSQL) per
/// start, nothing per request.
/// </summary>
internal sealed partial class KeyRingProtectionCheck(
    KeyProtectionMaterial material,
    KeyRingLocation location,
    GatewayInfo gateway,
    IHostEnvironment environment,
    IKeyManager keyManager,
    IOptions<KeyManagementOptions> keyManagement,
    TimeProvider time,
    ILogger<KeyRingProtectionCheck> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!material.ProtectsNewKeys)
        {
            if (gateway.Upstream == UpstreamMode.Pinterest)
            {
                if (environment.IsDevelopment())
                {
                    LogUnprotectedInDevelopment(logger, location.Description);
                }
                else
                {
                    LogUnprotected(logger, location.Description);
                }
            }

            return;
        }

        var files = await ReadRingAsync(cancellationToken);
        var stale = files.Where(f => !f.IsWrappedWithCurrent(material)).ToList();
        if (stale.Count == 0)
        {
            return;
        }

        // The newest active key is the default one Data Protection encrypts with: when it is in plaintext, or wrapped
        // with a certificate or key that was rotated out (perhaps because it leaked), new tokens must not use it.
        var now = time.GetUtcNow();
        var newest = files.Where(f => f.Activation <= now && f.Expiration > now).MaxBy(f => f.Activation);
        if (newest is not null && !newest.IsWrappedWithCurrent(material))
        {
            var key = keyManager.CreateNewKey(now, now + keyManagement.Value.NewKeyLifetime);
            LogReplacedDefault(logger, newest.Id, key.KeyId, material.Describe());
        }

        var plaintext = stale.Count(f => f.HoldsPlaintext);
        if (plaintext > 0)
        {
            LogPlaintextKeysRemain(logger, plaintext, location.Description);
        }

        if (stale.Count > plaintext)
        {
            LogPreviouslyWrappedKeysRemain(logger, stale.Count - plaintext, location.Description);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    // The folder is read file by file (a broken file is Data Protection's to report, not a reason to stop here); the
    // database table through Data Protection's own repository, which is what every instance reads.
    private async Task<IReadOnlyList<KeyFile>> ReadRingAsync(CancellationToken cancellationToken)
    {
        if (!location.InDatabase)
        {
            return await KeyRingFiles.ReadAsync(location.Description, cancellationToken);
        }

        var repository = keyManagement.Value.XmlRepository
            ?? throw new InvalidOperationException("Data Protection has no key repository configured.");
        return [.. repository.GetAllElements().Select(e => KeyFile.From(location.Description, e)).OfType<KeyFile>()];
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Data Protection keys in {Folder} are not protected at rest: a copy of that folder decrypts the stored Pinterest tokens. Set DataProtection:Certificate:Path or DataProtection:KeyEncryptionKey (docs/security/keys.md).")]
    private static partial void LogUnprotected(ILogger logger, string folder);

    [LoggerMessage(Level = LogLevel.Information, Message = "Data Protection keys in {Folder} are not protected at rest (fine for development; set DataProtection:Certificate:Path or DataProtection:KeyEncryptionKey elsewhere, docs/security/keys.md).")]
    private static partial void LogUnprotectedInDevelopment(ILogger logger, string folder);

    [LoggerMessage(Level = LogLevel.Information, Message = "The default Data Protection key {OldKey} is not wrapped with the current protection: new key {NewKey}, wrapped with the {Protection}, is the default from now on.")]
    private static partial void LogReplacedDefault(ILogger logger, Guid oldKey, Guid newKey, string protection);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} Data Protection key file(s) in {Folder} still hold their key in plaintext: tokens encrypted with them still decrypt, and so would a copy of the folder. Wrap them in place with `GraphApi keys protect` (docs/security/keys.md).")]
    private static partial void LogPlaintextKeysRemain(ILogger logger, int count, string folder);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} Data Protection key file(s) in {Folder} are wrapped with a previous certificate or key-encryption key: keep it listed under DataProtection:Previous*, or re-wrap them with `GraphApi keys protect` and then drop it (docs/security/keys.md).")]
    private static partial void LogPreviouslyWrappedKeysRemain(ILogger logger, int count, string folder);
}
