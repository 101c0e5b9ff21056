using GraphApi.Hosting;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Microsoft.Extensions.Logging.Abstractions;

namespace GraphApi.Storage.Keys;

internal static class KeyProtectionServiceCollectionExtensions
{
    /// <summary>
    /// <c>DataProtection:*</c>: wraps new keys with the configured certificate or key-encryption key and unwraps old
    /// ones with the current and previous ones; the start-up check warns about an unprotected ring and replaces a
    /// plaintext default key.
    /// </summary>
    /// <remarks>
    /// The settings are loaded here, while services are registered, rather than by an options validator on start:
    /// Data Protection takes decryption certificates only as instances at registration
    /// (<c>UnprotectKeysWithAnyCertificate</c>; the options type behind it is internal). A bad setting still stops
    /// the start before anything runs, through <see cref="StartupConfigurationException"/>.
    /// </remarks>
    public static IDataProtectionBuilder ProtectKeysFromConfiguration(
        this IDataProtectionBuilder builder, KeyRingFolder folder, IConfiguration configuration, IHostEnvironment environment)
    {
        var options = configuration.GetSection(KeyProtectionOptions.SectionName).Get<KeyProtectionOptions>() ?? new KeyProtectionOptions();
        var problems = new List<string>();
        RefuseMaterialInsideDataFolder(options, folder, environment.ContentRootPath, problems);
        var material = problems.Count > 0 ? KeyProtectionMaterial.None : KeyProtectionMaterial.Load(options, environment.ContentRootPath, problems);
        if (problems.Count > 0)
        {
            material.Dispose();
            throw new StartupConfigurationException(problems);
        }

        builder.Services.AddSingleton(folder);

        // First of all hosted services, before Data Protection's own loads and caches the ring: a key this check
        // creates is then in the first ring loaded. Created after that, it would reach the cache only through Data
        // Protection's background refresh, and the first tokens could still be encrypted with the plaintext key.
        var firstHostedService = builder.Services.TakeWhile(d => d.ServiceType != typeof(IHostedService)).Count();
        builder.Services.Insert(firstHostedService, ServiceDescriptor.Singleton<IHostedService, KeyRingProtectionCheck>());
        return builder.ProtectKeysWith(material);
    }

    // A certificate or key file kept in the data folder travels with every copy of it, and the copy decrypts every
    // token again: exactly what the protection is for, so such a setting stops the start instead of failing open.
    private static void RefuseMaterialInsideDataFolder(KeyProtectionOptions options, KeyRingFolder folder, string contentRoot, List<string> problems)
    {
        var dataFolder = Path.GetDirectoryName(Path.GetFullPath(folder.Path))!;
        var settings = new List<(string Setting, string? Path)>();
        if (options.Certificate is { } current)
        {
            settings.Add(($"{KeyProtectionOptions.SectionName}:Certificate:Path", current.Path));
            settings.Add(($"{KeyProtectionOptions.SectionName}:Certificate:KeyPath", current.KeyPath));
        }

        for (var i = 0; i < options.PreviousCertificates.Count; i++)
        {
            settings.Add(($"{KeyProtectionOptions.SectionName}:PreviousCertificates:{i}:Path", options.PreviousCertificates[i]?.Path));
            settings.Add(($"{KeyProtectionOptions.SectionName}:PreviousCertificates:{i}:KeyPath", options.PreviousCertificates[i]?.KeyPath));
        }

        foreach (var (setting, path) in settings)
        {
            if (!string.IsNullOrWhiteSpace(path) && IsInside(Path.GetFullPath(path, contentRoot), dataFolder))
            {
                problems.Add($"{setting} points inside the data folder ({DataDirectory.SettingKey}): a copy of that folder would carry the key that unwraps its key ring. Keep the certificate outside it.");
            }
        }
    }

    private static bool IsInside(string path, string folder)
    {
        var relative = Path.GetRelativePath(folder, path);
        return relative != ".." && !relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) && !Path.IsPathRooted(relative);
    }

    /// <summary>
    /// Wraps new keys with <paramref name="material"/>'s certificate or key-encryption key and unwraps with all of its
    /// certificates and keys. Tests use it alone to open a copied key folder the way a fresh process would.
    /// </summary>
    public static IDataProtectionBuilder ProtectKeysWith(this IDataProtectionBuilder builder, KeyProtectionMaterial material)
    {
        ArgumentNullException.ThrowIfNull(material);
        builder.Services.AddSingleton(material);
        builder.Services.AddOptions<KeyManagementOptions>().Configure<IServiceProvider>((options, services) =>
        {
            if (material.Certificate is not null)
            {
                // A bare Data Protection container (DataProtectionProvider.Create) has no logging.
                var logs = services.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance;
                options.XmlEncryptor = new CertificateXmlEncryptor(material.Certificate, logs);
            }
            else if (material.KeyEncryptionKey is not null)
            {
                options.XmlEncryptor = new AesGcmXmlEncryptor(material.KeyEncryptionKey);
            }
        });
        if (material.DecryptionCertificates.Count > 0)
        {
            builder.UnprotectKeysWithAnyCertificate([.. material.DecryptionCertificates]);
        }

        return builder;
    }
}
