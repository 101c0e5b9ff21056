using Microsoft.Data.Sqlite;

namespace GraphApi.Pinterest.Sandbox.Tests.Infrastructure;

/// <summary>A data folder for hosts a test starts and stops itself; deleted once SQLite lets go of it.</summary>
internal sealed class TempDirectory : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "pinterest-sandbox-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
