namespace GraphApi.Tests.Storage.Keys;

/// <summary>A folder for one test's data folder, certificates and copies; deleted with the test.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Root { get; } = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "graphapi-keys-tests", Guid.NewGuid().ToString("N"))).FullName;

    public string Data => Path.Combine(Root, "data");

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A host still closing its database; the OS cleans the temp folder.
        }
    }
}
