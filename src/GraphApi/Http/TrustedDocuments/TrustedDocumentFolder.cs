using System.Text;
using System.Text.Json;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.Extensions.Options;

namespace GraphApi.Http.TrustedDocuments;

/// <summary>
/// Reads the trusted-document folder once at start: <c>*.graphql</c> files (id = SHA-256 of the text; a file named
/// <c>&lt;hex&gt;.graphql</c> must match it) and <c>*.json</c> manifests in GraphQL Code Generator's
/// <c>persisted-documents.json</c> shape (<c>{ "&lt;hex&gt;": "&lt;text&gt;" }</c>). Anything wrong stops the start with
/// one message naming the file: a trusted-document list that silently loads half is worse than none.
/// </summary>
internal static class TrustedDocumentFolder
{
    private const string Setting = TrustedDocumentOptions.SectionName + ":Folder";
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly JsonDocumentOptions ManifestOptions = new() { MaxDepth = 4 };

    public static TrustedDocumentSet Load(TrustedDocumentOptions options, int maxDocumentLength, string contentRoot)
    {
        if (string.IsNullOrWhiteSpace(options.Folder))
        {
            return new TrustedDocumentSet(new Dictionary<string, string>());
        }

        var folder = Path.GetFullPath(Path.Combine(contentRoot, options.Folder));
        var documents = new Dictionary<string, (string Text, string File)>(StringComparer.Ordinal);
        long total = 0;
        foreach (var file in ListFiles(folder))
        {
            var bytes = Read(file, options.MaxFolderBytes, ref total);
            var isManifest = file.EndsWith(".json", StringComparison.OrdinalIgnoreCase);
            foreach (var (hex, text) in isManifest ? ReadManifest(file, bytes) : [ReadGraphQLFile(file, bytes)])
            {
                Check(file, hex, text, maxDocumentLength);
                if (documents.TryGetValue(hex, out var existing) && !string.Equals(existing.Text, text, StringComparison.Ordinal))
                {
                    throw Fail(file, $"the id sha256:{hex} is already used by '{existing.File}' with a different text.");
                }

                documents[hex] = (text, file);
            }
        }

        return new TrustedDocumentSet(documents.ToDictionary(d => d.Key, d => d.Value.Text, StringComparer.Ordinal));
    }

    private static List<string> ListFiles(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw Fail(folder, "the folder does not exist.");
        }

        try
        {
            // Ordinal order: the same folder loads the same way on every machine.
            return Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = false })
                .Where(f => f.EndsWith(".graphql", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal)
                .ToList();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            throw Fail(folder, $"the folder cannot be read ({ex.Message}).");
        }
    }

    private static byte[] Read(string file, long maxTotal, ref long total)
    {
        try
        {
            // The size is checked before reading, so a huge file is never held in memory.
            var length = new FileInfo(file).Length;
            if (total + length > maxTotal)
            {
                throw Fail(file, $"the folder holds more than {maxTotal:N0} bytes of documents ({TrustedDocumentOptions.SectionName}:MaxFolderBytes).");
            }

            var bytes = File.ReadAllBytes(file);
            total += bytes.Length;
            if (total > maxTotal)
            {
                throw Fail(file, $"the folder holds more than {maxTotal:N0} bytes of documents ({TrustedDocumentOptions.SectionName}:MaxFolderBytes).");
            }

            return bytes;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            throw Fail(file, $"the file cannot be read ({ex.Message}).");
        }
    }

    private static (string Hex, string Text) ReadGraphQLFile(string file, byte[] bytes)
    {
        string text;
        try
        {
            // A UTF-8 byte order mark is not part of the document's text: clients hash the text without it.
            text = StrictUtf8.GetString(bytes.AsSpan().StartsWith("\uFEFF"u8) ? bytes.AsSpan(3) : bytes);
        }
        catch (DecoderFallbackException)
        {
            throw Fail(file, "the file is not valid UTF-8.");
        }

        var hex = DocumentHash.Of(text);
        var name = Path.GetFileNameWithoutExtension(file);
        if (name.Length == DocumentHash.HexLength && name.All(char.IsAsciiHexDigit) && !string.Equals(name, hex, StringComparison.OrdinalIgnoreCase))
        {
            throw Fail(file, $"the file is named after a hash, but the SHA-256 of its text is {hex}.");
        }

        return (hex, text);
    }

    private static List<(string Hex, string Text)> ReadManifest(string file, byte[] bytes)
    {
        JsonDocument manifest;
        try
        {
            manifest = JsonDocument.Parse(bytes, ManifestOptions);
        }
        catch (JsonException ex)
        {
            throw Fail(file, $"the manifest is not valid JSON ({ex.Message}).");
        }

        using (manifest)
        {
            if (manifest.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw Fail(file, "a manifest must be a JSON object of \"<sha256 hex>\": \"<document text>\" entries.");
            }

            var entries = new List<(string, string)>();
            foreach (var entry in manifest.RootElement.EnumerateObject())
            {
                var key = entry.Name.StartsWith(DocumentHash.Prefix, StringComparison.Ordinal) ? entry.Name[DocumentHash.Prefix.Length..] : entry.Name;
                if (!DocumentHash.IsHex(key))
                {
                    throw Fail(file, $"the key '{Shorten(entry.Name)}' is not a SHA-256 hash (64 lowercase hex digits); "
                        + "generate the manifest with persistedDocuments.hashAlgorithm 'sha256'.");
                }

                if (entry.Value.ValueKind != JsonValueKind.String)
                {
                    throw Fail(file, $"the entry {key} is not a string of GraphQL text.");
                }

                var text = entry.Value.GetString()!;
                var actual = DocumentHash.Of(text);
                if (!string.Equals(actual, key, StringComparison.Ordinal))
                {
                    throw Fail(file, $"the entry {key} does not match its document: the SHA-256 of its text is {actual}.");
                }

                entries.Add((key, text));
            }

            return entries;
        }
    }

    /// <summary>Only executable documents (operations and fragments) that parse are trusted; the schema is checked per request.</summary>
    private static void Check(string file, string hex, string text, int maxDocumentLength)
    {
        if (text.Length > maxDocumentLength)
        {
            throw Fail(file, $"the document sha256:{hex} is {text.Length:N0} characters long; GraphQL:Http:MaxDocumentLength is {maxDocumentLength:N0}.");
        }

        GraphQLDocument document;
        try
        {
            document = Parser.Parse(text);
        }
        catch (GraphQLParserException ex)
        {
            throw Fail(file, $"the document sha256:{hex} is not valid GraphQL ({ex.Message}).");
        }

        if (!document.Definitions.Any(d => d is GraphQLOperationDefinition) ||
            document.Definitions.Any(d => d is not (GraphQLOperationDefinition or GraphQLFragmentDefinition)))
        {
            throw Fail(file, $"the document sha256:{hex} must hold operations and fragments only, and at least one operation.");
        }
    }

    private static string Shorten(string value) => value.Length <= 80 ? value : value[..80] + "…";

    private static OptionsValidationException Fail(string path, string problem) =>
        new(TrustedDocumentOptions.SectionName, typeof(TrustedDocumentOptions), [$"{Setting}: '{path}': {problem}"]);
}
