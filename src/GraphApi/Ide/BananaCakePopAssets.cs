namespace GraphApi.Ide;

/// <summary>
/// Where the IDE's static build is: the npm package the build restores into <c>Ide/node_modules</c> (never committed).
/// </summary>
public sealed record BananaCakePopAssets(string Folder)
{
    public const string PackageFolder = "Ide/node_modules/@chillicream/bananacakepop-graphql-ide";

    public bool Installed => File.Exists(Path.Combine(Folder, "index.html"));

    /// <summary><c>Ide:AssetsPath</c> overrides the folder (a published layout, or a test without the package).</summary>
    public static BananaCakePopAssets From(IConfiguration configuration, IHostEnvironment environment) =>
        new(Path.Combine(environment.ContentRootPath, configuration["Ide:AssetsPath"] is { Length: > 0 } configured ? configured : PackageFolder));
}
