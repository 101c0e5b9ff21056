using System.IO.Compression;

namespace GraphApi.Testing;

/// <summary>
/// Pinterest's official OpenAPI description (5.23.0, a copy of shared/reference/pinterest-openapi.json), kept once
/// for every test project and gzipped: CI clones the repository without shared/, and the 2 MB text compresses to 0.2 MB.
/// </summary>
internal static class OpenApiSpecFile
{
    public static string Read()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "OpenApi", "pinterest-openapi.json.gz");
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        return reader.ReadToEnd();
    }
}
