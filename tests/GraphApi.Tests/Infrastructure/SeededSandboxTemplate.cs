using GraphApi.Pinterest.Sandbox;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;

namespace GraphApi.Tests.Infrastructure;

/// <summary>
/// The seeded sandbox database, made once per test run by the sandbox's own start-up code and copied into a host's data
/// folder before that host starts. The sandbox's initializer then finds the seeded users and keeps the file, so a host
/// skips creating the schema and writing 230 rows, yet still owns a private copy its tests may change.
/// </summary>
internal static class SeededSandboxTemplate
{
    private static readonly string Folder = Path.Combine(Path.GetTempPath(), "graphapi-tests", "sandbox-template-" + Guid.NewGuid().ToString("N"));

    private static readonly Lazy<Task<string>> Template = new(CreateAsync);

    /// <summary>Puts a seeded database at <paramref name="databasePath"/> unless one is already there (a restarted or shared folder keeps its data).</summary>
    public static async Task CopyToAsync(string databasePath, CancellationToken cancellationToken)
    {
        if (File.Exists(databasePath))
        {
            return;
        }

        var template = await Template.Value.WaitAsync(cancellationToken);
        Directory.CreateDirectory(Path.GetDirectoryName(databasePath)!);
        // Copy then rename, so SQLite never opens a half-written file and a host racing for the same folder keeps the first copy.
        var partial = databasePath + "." + Guid.NewGuid().ToString("N") + ".copying";
        File.Copy(template, partial);
        try
        {
            File.Move(partial, databasePath, overwrite: false);
        }
        catch (IOException) when (File.Exists(databasePath))
        {
            File.Delete(partial);
        }
    }

    private static async Task<string> CreateAsync()
    {
        AppDomain.CurrentDomain.ProcessExit += (_, _) => DeleteFolder();
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton<Microsoft.Extensions.Hosting.IHostEnvironment>(new HostingEnvironment { ContentRootPath = Folder, EnvironmentName = "Production" });
        services.AddPinterestSandbox(new ConfigurationBuilder()
            .AddInMemoryCollection([new("Sandbox:DataDirectory", Folder)])
            .Build());
        string seeded;
        await using (var provider = services.BuildServiceProvider())
        {
            await provider.EnsureSandboxDatabaseAsync();
            seeded = provider.GetRequiredService<IOptions<SandboxOptions>>().Value.DatabasePath;
        }

        // VACUUM INTO writes one self-contained file from a consistent snapshot, whatever is still in the WAL.
        var template = Path.Combine(Folder, "template.db");
        await using (var connection = new SqliteConnection($"Data Source={seeded};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "VACUUM INTO $path";
            command.Parameters.AddWithValue("$path", template);
            await command.ExecuteNonQueryAsync();
        }

        SqliteConnection.ClearPool(new SqliteConnection($"Data Source={seeded}"));
        return template;
    }

    private static void DeleteFolder()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Best effort at process exit; the folder is under the temp directory.
        }
    }
}
