using System.Reflection;

namespace GraphApi.Hosting;

/// <summary>
/// Pins the content root (appsettings.json, App_Data, the IDE assets) to the app's folder instead of the working
/// directory, so <c>cd /tmp &amp;&amp; dotnet /srv/graphapi/GraphApi.dll</c> reads the same settings and data as a
/// start from the app's folder.
/// </summary>
/// <remarks>
/// The app's folder is the project folder when the binary runs from a build inside the source checkout (what
/// <c>dotnet run --project src/GraphApi</c> does, so its data stays in <c>src/GraphApi/App_Data</c> and the IDE's
/// npm assets are found), and the binary's own folder otherwise (a published app). An explicit
/// <c>--contentRoot</c> or <c>ASPNETCORE_CONTENTROOT</c> wins, and a host that embeds the app (tests through
/// WebApplicationFactory) sets its own.
/// </remarks>
internal static class AppFolder
{
    public const string ProjectDirectoryMetadata = "GraphApi.ProjectDirectory";

    public static WebApplicationOptions BuilderOptions(string[] args) => new()
    {
        Args = args,
        ContentRootPath = IsExplicit(args) || Assembly.GetEntryAssembly() != typeof(AppFolder).Assembly ? null : Resolve(AppContext.BaseDirectory),
    };

    /// <summary>The content root for a binary in <paramref name="baseDirectory"/>.</summary>
    public static string Resolve(string baseDirectory)
    {
        var project = typeof(AppFolder).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == ProjectDirectoryMetadata)?.Value;
        if (!string.IsNullOrEmpty(project) && File.Exists(Path.Combine(project, "appsettings.json")) && IsUnder(baseDirectory, project))
        {
            return project;
        }

        return baseDirectory;
    }

    private static bool IsUnder(string path, string folder)
    {
        var relative = Path.GetRelativePath(Path.GetFullPath(folder), Path.GetFullPath(path));
        return relative != ".." && !relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) && !Path.IsPathRooted(relative);
    }

    private static bool IsExplicit(string[] args) =>
        !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("ASPNETCORE_CONTENTROOT")) ||
        !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DOTNET_CONTENTROOT")) ||
        new ConfigurationBuilder().AddCommandLine(args).Build()["contentRoot"] is { Length: > 0 };
}
