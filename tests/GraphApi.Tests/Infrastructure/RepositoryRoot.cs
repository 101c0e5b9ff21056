namespace GraphApi.Tests.Infrastructure;

/// <summary>Finds files of the repository from the test's bin folder, wherever the clone lives.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "GraphApi.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No GraphApi.sln above {AppContext.BaseDirectory}.");
    }
}
