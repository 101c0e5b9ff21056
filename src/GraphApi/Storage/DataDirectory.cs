namespace GraphApi.Storage;

/// <summary>
/// The folder for everything the gateway keeps on disk (database, Data Protection keys, the sandbox signing key):
/// <c>Storage:DataDirectory</c>, or <c>App_Data</c> under the content root.
/// </summary>
public sealed record DataDirectory(string Path)
{
    public const string SettingKey = "Storage:DataDirectory";

    public static DataDirectory From(IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = configuration[SettingKey];
        var path = string.IsNullOrWhiteSpace(configured)
            ? System.IO.Path.Combine(environment.ContentRootPath, "App_Data")
            : System.IO.Path.GetFullPath(configured, environment.ContentRootPath);
        try
        {
            Directory.CreateDirectory(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InvalidOperationException($"{SettingKey}: cannot create the data folder '{path}': {ex.Message}", ex);
        }

        return new DataDirectory(path);
    }

    public string Combine(string name) => System.IO.Path.Combine(Path, name);
}
