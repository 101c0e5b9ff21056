using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Win32.SafeHandles;

namespace GraphApi.Schema.Uploads;

/// <summary>
/// A file of a multipart request (GraphQL multipart request spec), the value of an <c>Upload</c> variable. Its bytes
/// sit in a temp file that is deleted when the request ends (the file is opened delete-on-close and the request
/// disposes it); size, SHA-256 and the first bytes were taken while it streamed in, so checks need no second read.
/// </summary>
[JsonConverter(typeof(UploadedFileJsonConverter))]
public sealed class UploadedFile : IAsyncDisposable
{
    /// <summary>How many leading bytes are kept in memory for type checks by magic bytes.</summary>
    public const int HeadLength = 16;

    private readonly FileStream _content;
    private Task<string>? _base64;

    internal UploadedFile(string name, string? fileName, string? contentType, FileStream content, long length, string sha256, byte[] head)
    {
        Name = name;
        FileName = fileName;
        ContentType = contentType;
        _content = content;
        Length = length;
        Sha256 = sha256;
        Head = head;
    }

    /// <summary>The form field the file came in (a key of the request's <c>map</c>).</summary>
    public string Name { get; }

    /// <summary>The file name the client gave, if any; never used to find or name anything on disk.</summary>
    public string? FileName { get; }

    /// <summary>The part's declared Content-Type, if any (unchecked: the consumer compares it with the bytes).</summary>
    public string? ContentType { get; }

    public long Length { get; }

    /// <summary>Lowercase hex SHA-256 of the bytes: what identifies the upload (idempotency fingerprints).</summary>
    public string Sha256 { get; }

    /// <summary>The first <see cref="HeadLength"/> bytes (fewer for a shorter file).</summary>
    public ReadOnlyMemory<byte> Head { get; }

    /// <summary>All the bytes, by position-independent reads (the stream's position is never shared or moved).</summary>
    private async Task<byte[]> ReadAllBytesAsync()
    {
        var bytes = new byte[Length];
        SafeFileHandle handle = _content.SafeFileHandle;
        var read = 0;
        while (read < bytes.Length)
        {
            var count = await RandomAccess.ReadAsync(handle, bytes.AsMemory(read), read);
            if (count == 0)
            {
                throw new IOException($"The upload \"{Name}\" ended after {read} of {Length} bytes.");
            }

            read += count;
        }

        return bytes;
    }

    /// <summary>
    /// The bytes as base64, built once per file: one file mapped to several places (the spec allows it) must not
    /// multiply the largest copy in memory. The read ignores the caller's token so a cancelled first reader cannot
    /// leave a cancelled task for the others; it is a bounded local read of at most MaxFileBytes.
    /// </summary>
    public Task<string> ReadBase64Async() =>
        LazyInitializer.EnsureInitialized(ref _base64, () => ReadBase64CoreAsync());

    private async Task<string> ReadBase64CoreAsync() => Convert.ToBase64String(await ReadAllBytesAsync());

    public ValueTask DisposeAsync() => _content.DisposeAsync();

    public override string ToString() => $"the uploaded file \"{Name}\"";
}

/// <summary>
/// An upload in JSON is its content hash: the idempotency fingerprint of an input with a file must match for the same
/// bytes (whatever the part's name, file name or temp path) and differ for other bytes.
/// </summary>
internal sealed class UploadedFileJsonConverter : JsonConverter<UploadedFile>
{
    public override UploadedFile Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new JsonException("An upload cannot be read from JSON: it comes only from a multipart request's file.");

    public override void Write(Utf8JsonWriter writer, UploadedFile value, JsonSerializerOptions options) =>
        writer.WriteStringValue("sha256:" + value.Sha256);
}
