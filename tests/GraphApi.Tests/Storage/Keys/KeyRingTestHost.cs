using System.Security.Cryptography.X509Certificates;
using GraphApi.Accounts.Links;
using GraphApi.Storage.Keys;
using GraphApi.Tests.Infrastructure;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GraphApi.Tests.Storage.Keys;

/// <summary>
/// The real host on a data folder the test owns (so a second host can restart on it), with its log lines captured;
/// and fresh Data Protection providers on copies of that folder, as an attacker or a new process would open it.
/// </summary>
internal sealed class KeyRingTestHost : IDisposable
{
    private readonly GraphApiFactory _factory = new();
    private readonly WebApplicationFactory<Program> _host;

    private KeyRingTestHost(string dataFolder, string environment, (string Key, string Value)[] settings)
    {
        _host = _factory.WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment(environment).UseSetting("Storage:DataDirectory", dataFolder);
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }

            builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        });
    }

    public CapturedLogs Logs { get; } = new();

    public IServiceProvider Services => _host.Services;

    /// <summary>Starts the host (Production unless told) and waits for its hosted services.</summary>
    public static KeyRingTestHost Start(string dataFolder, params (string Key, string Value)[] settings) =>
        StartIn("Production", dataFolder, settings);

    public static KeyRingTestHost StartIn(string environment, string dataFolder, params (string Key, string Value)[] settings)
    {
        var host = new KeyRingTestHost(dataFolder, environment, settings);
        try
        {
            host._host.CreateClient().Dispose();
            return host;
        }
        catch
        {
            host.Dispose();
            throw;
        }
    }

    /// <summary>What the connection store does to a token before it writes it.</summary>
    public string Protect(string token) => Services.GetRequiredService<TokenProtector>().Protect(token);

    public string Unprotect(string stored) => Services.GetRequiredService<TokenProtector>().Unprotect(stored);

    public IEnumerable<string> LinesFrom<T>(string level) =>
        Logs.Lines.Where(l => l.StartsWith($"{level} {typeof(T).FullName}:", StringComparison.Ordinal));

    public void Dispose()
    {
        _host.Dispose();
        _factory.Dispose();
    }

    /// <summary>A copy of the key folder alone, somewhere else, as a stolen backup would be.</summary>
    public static string CopyKeys(string dataFolder, string into)
    {
        var target = Path.Combine(into, "stolen-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(Path.Combine(dataFolder, KeyRingFolder.Name)))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }

        return target;
    }

    /// <summary>A new process's Data Protection on <paramref name="keyFolder"/>: nothing but the folder, unless told.</summary>
    public static IDataProtector FreshProtector(string keyFolder, Action<IDataProtectionBuilder>? configure = null) =>
        DataProtectionProvider.Create(new DirectoryInfo(keyFolder), builder =>
        {
            builder.SetApplicationName("GraphApi");
            configure?.Invoke(builder);
        }).CreateProtector(TokenProtector.Purpose);

    public static Action<IDataProtectionBuilder> WithCertificates(params X509Certificate2[] certificates) =>
        builder => builder.UnprotectKeysWithAnyCertificate(certificates);

    public static Action<IDataProtectionBuilder> WithKeyEncryptionKeys(params string[] keys) => builder =>
    {
        var options = new KeyProtectionOptions();
        foreach (var key in keys)
        {
            options.PreviousKeyEncryptionKeys.Add(key);
        }

        var problems = new List<string>();
        builder.ProtectKeysWith(KeyProtectionMaterial.Load(options, Path.GetTempPath(), problems));
        problems.ShouldBeEmpty();
    };

    public static IReadOnlyList<string> KeyFiles(string dataFolder) =>
        Directory.GetFiles(Path.Combine(dataFolder, KeyRingFolder.Name), "key-*.xml");
}
