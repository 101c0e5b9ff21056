using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using GraphApi.Execution.Errors;
using GraphApi.Schema.Uploads;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace GraphApi.Http.Uploads;

/// <summary>
/// Reads a POST <c>multipart/form-data</c> body as the GraphQL multipart request spec lays it out: <c>operations</c>
/// (a request or a batch, parsed by <see cref="GraphQLRequestParser"/> with all its limits), <c>map</c> (file part name
/// to paths such as <c>variables.input.mediaSource.imageUpload.file</c>), then the files, each streamed into a temp file.
/// <para>
/// <see cref="MultipartReader"/> rather than <c>Request.Form</c>: the form reader reads every part before the app sees
/// any, so it could neither check the spec's order and the map before a file is accepted, nor refuse a file that is
/// not in the map, nor stop at the first byte over a file's limit. Here each part is checked as it arrives, and a
/// refusal stops reading the body at once (the connection is then closed rather than drained).
/// </para>
/// </summary>
internal sealed class GraphQLMultipartReader(
    IOptions<GraphQLUploadOptions> uploadOptions,
    IOptions<GraphQLHttpOptions> httpOptions,
    GraphQLRequestParser parser,
    UploadFolder folder,
    UploadGate gate)
{
    public const string MediaType = "multipart/form-data";

    // RFC 2046: a boundary is 1–70 characters.
    private const int MaxBoundaryLength = 70;
    private static readonly JsonDocumentOptions MapOptions = new() { MaxDepth = 4 };

    public static bool IsMultipart(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var parsed) &&
        string.Equals(parsed.MediaType.Value, MediaType, StringComparison.OrdinalIgnoreCase);

    public async Task<GraphQLHttpRequest> ReadAsync(HttpContext context)
    {
        var options = uploadOptions.Value;
        var request = context.Request;
        var boundary = MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
            ? HeaderUtilities.RemoveQuotes(contentType.Boundary).Value
            : null;
        if (boundary is not { Length: > 0 and <= MaxBoundaryLength })
        {
            return Refused(StatusCodes.Status400BadRequest, ErrorCodes.InvalidRequest,
                $"A multipart/form-data request needs a boundary parameter of 1–{MaxBoundaryLength} characters in its Content-Type.");
        }

        if (request.ContentLength > options.MaxTotalBytes)
        {
            StopReading(context);
            return TotalTooLarge(options);
        }

        if (gate.TryEnter() is not { } slot)
        {
            StopReading(context);
            context.Response.Headers.RetryAfter = "1";
            return Refused(StatusCodes.Status503ServiceUnavailable, ErrorCodes.UploadsBusy,
                $"The gateway is handling as many uploads as it takes at once ({GraphQLUploadOptions.SectionName}:MaxConcurrentRequests); retry shortly.");
        }

        context.Response.RegisterForDispose(slot);

        // The server's own body limit (Kestrel: about 28.6 MiB) would otherwise decide for these requests instead of ours.
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = options.MaxTotalBytes;
        }

        var uploads = new RequestUploads();
        context.Response.RegisterForDisposeAsync(uploads);
        GraphQLHttpRequest result;
        try
        {
            result = await ReadPartsAsync(new MultipartReader(boundary, new LimitedReadStream(request.Body, options.MaxTotalBytes))
            {
                HeadersCountLimit = 8,
                HeadersLengthLimit = 8 * 1024,
            }, uploads, options, context.RequestAborted);
        }
        catch (BodyLimitExceededException)
        {
            result = TotalTooLarge(options);
        }
        catch (BadHttpRequestException ex)
        {
            // Kestrel enforces MaxTotalBytes too (set above): its 413 gets this limit's own message.
            result = ex.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? TotalTooLarge(options)
                : GraphQLHttpRequest.Refused(GraphQLRequestBodyReader.ProblemFor(ex, options.MaxTotalBytes));
        }
        catch (InvalidDataException ex)
        {
            // MultipartReader: a part's headers too long or too many, a missing boundary, a body cut short.
            result = Refused(StatusCodes.Status400BadRequest, ErrorCodes.InvalidRequest, $"The multipart body is malformed: {ex.Message}");
        }
        catch (IOException) when (!context.RequestAborted.IsCancellationRequested)
        {
            result = Refused(StatusCodes.Status400BadRequest, ErrorCodes.InvalidRequest, "The multipart body ended before its closing boundary.");
        }
        catch (OperationCanceledException) when (GraphQLRequestBodyReader.TimedOut(request))
        {
            result = GraphQLHttpRequest.Refused(GraphQLRequestBodyReader.SlowBody());
        }

        if (result.Problem is not null)
        {
            await uploads.DisposeAsync();
            StopReading(context);
        }

        return result;
    }

    private async Task<GraphQLHttpRequest> ReadPartsAsync(MultipartReader reader, RequestUploads uploads, GraphQLUploadOptions options, CancellationToken cancellationToken)
    {
        var jsonLimit = httpOptions.Value.MaxRequestBodyBytes;

        // 1. operations
        var section = await reader.ReadNextSectionAsync(cancellationToken);
        var (name, _) = PartName(section);
        if (section is null || name != "operations")
        {
            return OutOfOrder(section is null ? "The multipart body has no parts" : $"The first part is \"{name}\"");
        }

        var operationsJson = await ReadJsonPartAsync(section, jsonLimit, cancellationToken);
        if (operationsJson is null)
        {
            return JsonPartTooLarge("operations", jsonLimit);
        }

        var operations = parser.ParseBody(operationsJson);
        if (operations.Problem is { } problem)
        {
            return GraphQLHttpRequest.Refused(problem with { Message = $"In the \"operations\" part: {problem.Message}" });
        }

        // 2. map
        section = await reader.ReadNextSectionAsync(cancellationToken);
        (name, _) = PartName(section);
        if (section is null || name != "map")
        {
            return OutOfOrder(section is null ? "The multipart body ends after \"operations\"" : $"The second part is \"{name}\"");
        }

        var mapJson = await ReadJsonPartAsync(section, jsonLimit, cancellationToken);
        if (mapJson is null)
        {
            return JsonPartTooLarge("map", jsonLimit);
        }

        var (map, mapProblem) = ReadMap(mapJson, operations, options);
        if (mapProblem is not null)
        {
            return mapProblem;
        }

        // 3. the files, each once, each named in the map
        var received = new Dictionary<string, UploadedFile>(StringComparer.Ordinal);
        while ((section = await reader.ReadNextSectionAsync(cancellationToken)) is not null)
        {
            var (part, fileName) = PartName(section);
            if (part is null)
            {
                return Invalid("A part after \"map\" has no Content-Disposition form-data name.");
            }

            if (received.ContainsKey(part))
            {
                return Invalid($"The body has two parts named \"{part}\"; each file is sent once (the map can place it in several variables).");
            }

            if (!map!.ContainsKey(part))
            {
                return part is "operations" or "map"
                    ? OutOfOrder($"\"{part}\" appears again after the files")
                    : Invalid($"The part \"{part}\" is not in the map: every part after \"map\" must be a file the map places.");
            }

            var file = await ReceiveFileAsync(section, part, fileName, options.MaxFileBytes, cancellationToken);
            if (file is null)
            {
                return Refused(StatusCodes.Status413PayloadTooLarge, ErrorCodes.FileTooLarge,
                    $"The file \"{part}\" is larger than the limit of {options.MaxFileBytes:N0} bytes (GraphQL:Http:Uploads:MaxFileBytes).");
            }

            uploads.Add(file);
            received.Add(part, file);
        }

        if (map!.Keys.FirstOrDefault(key => !received.ContainsKey(key)) is { } missing)
        {
            return Invalid($"The map names the file \"{missing}\", but the body has no part with that name.");
        }

        return Place(operations, map, received, uploads);
    }

    /// <summary>Checks the map against <c>operations</c> before any file is read: each path must hold null under <c>variables</c>.</summary>
    private static (Dictionary<string, List<MapPath>>? Map, GraphQLHttpRequest? Problem) ReadMap(byte[] json, GraphQLHttpRequest operations, GraphQLUploadOptions options)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, MapOptions);
        }
        catch (JsonException ex)
        {
            return (null, GraphQLHttpRequest.Refused(GraphQLHttpProblem.BadRequest(ErrorCodes.InvalidJson, $"The \"map\" part is not valid JSON: {ex.Message}")));
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return (null, Invalid("The \"map\" part must be a JSON object: file part name → array of paths, such as {\"0\": [\"variables.file\"]}."));
            }

            var map = new Dictionary<string, List<MapPath>>(StringComparer.Ordinal);
            var taken = new HashSet<string>(StringComparer.Ordinal);
            var paths = 0;
            foreach (var entry in document.RootElement.EnumerateObject())
            {
                if (map.Count == options.MaxFiles)
                {
                    return (null, TooManyFiles($"The map names more than {options.MaxFiles} files"));
                }

                if (entry.Name.Length == 0 || !map.TryAdd(entry.Name, []))
                {
                    return (null, Invalid(entry.Name.Length == 0
                        ? "The map has an empty file name."
                        : $"The map names the file \"{entry.Name}\" twice."));
                }

                if (entry.Value.ValueKind != JsonValueKind.Array || entry.Value.GetArrayLength() == 0)
                {
                    return (null, Invalid($"The map's entry \"{entry.Name}\" must be a non-empty array of paths such as \"variables.file\"."));
                }

                foreach (var path in entry.Value.EnumerateArray())
                {
                    if (++paths > options.MaxFiles)
                    {
                        return (null, TooManyFiles($"The map places files at more than {options.MaxFiles} paths"));
                    }

                    if (path.ValueKind != JsonValueKind.String)
                    {
                        return (null, Invalid($"The map's entry \"{entry.Name}\" holds a {path.ValueKind.ToString().ToLowerInvariant()}; paths are strings."));
                    }

                    var text = path.GetString()!;
                    if (!taken.Add(text))
                    {
                        return (null, Invalid($"The map places two files, or one file twice, at \"{text}\"."));
                    }

                    var (resolved, problem) = MapPath.Resolve(text, operations, entry.Name);
                    if (problem is not null)
                    {
                        return (null, Invalid(problem));
                    }

                    map[entry.Name].Add(resolved!);
                }
            }

            return (map, null);
        }
    }

    private static GraphQLHttpRequest Place(GraphQLHttpRequest operations, Dictionary<string, List<MapPath>> map, Dictionary<string, UploadedFile> files, RequestUploads uploads)
    {
        var requests = operations.Requests.ToList();
        foreach (var (name, paths) in map)
        {
            foreach (var path in paths)
            {
                var request = requests[path.RequestIndex];
                requests[path.RequestIndex] = path.Set(request, files[name]);
                uploads.Place(new UploadPlacement(path.RequestIndex, path.Text, path.VariablePath, files[name]));
            }
        }

        return new GraphQLHttpRequest(requests, operations.IsBatch, null) { Uploads = uploads };
    }

    private async Task<UploadedFile?> ReceiveFileAsync(MultipartSection section, string name, string? fileName, long limit, CancellationToken cancellationToken)
    {
        FileStream content;
        try
        {
            content = folder.Create();
        }
        catch (IOException ex)
        {
            // The server's disk (full, read-only, gone), not the client's body: a server error like a failed write
            // below, never answered as a malformed request.
            throw new InvalidOperationException("An upload's temp file could not be created.", ex);
        }

        try
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var head = new byte[UploadedFile.HeadLength];
            var headLength = 0;
            long length = 0;
            var buffer = new byte[64 * 1024];
            int read;
            while ((read = await section.Body.ReadAsync(buffer, cancellationToken)) > 0)
            {
                length += read;
                if (length > limit)
                {
                    await content.DisposeAsync();
                    return null;
                }

                var toHead = Math.Min(read, head.Length - headLength);
                buffer.AsSpan(0, toHead).CopyTo(head.AsSpan(headLength));
                headLength += toHead;
                hash.AppendData(buffer, 0, read);
                await WriteAsync(content, buffer.AsMemory(0, read), cancellationToken);
            }

            await WriteAsync(content, ReadOnlyMemory<byte>.Empty, cancellationToken);
            return new UploadedFile(name, fileName, section.ContentType, content, length,
                Convert.ToHexStringLower(hash.GetHashAndReset()), head[..headLength]);
        }
        catch
        {
            await content.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Writes to the temp file (an empty write flushes). Its IOExceptions (disk full) are the server's failure, not a
    /// malformed body: they leave as another type so the reader's IOException handling cannot answer them with a 400.
    /// </summary>
    private static async Task WriteAsync(FileStream content, ReadOnlyMemory<byte> data, CancellationToken cancellationToken)
    {
        try
        {
            if (data.IsEmpty)
            {
                await content.FlushAsync(cancellationToken);
            }
            else
            {
                await content.WriteAsync(data, cancellationToken);
            }
        }
        catch (IOException ex)
        {
            throw new InvalidOperationException("An uploaded file could not be written to its temp file.", ex);
        }
    }

    /// <summary>A JSON part, or null when it is over <paramref name="limit"/> bytes.</summary>
    private static async Task<byte[]?> ReadJsonPartAsync(MultipartSection section, int limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await section.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static (string? Name, string? FileName) PartName(MultipartSection? section)
    {
        if (section is null || !ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) ||
            !disposition.DispositionType.Equals("form-data", StringComparison.OrdinalIgnoreCase))
        {
            return (null, null);
        }

        var fileName = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value;
        return (HeaderUtilities.RemoveQuotes(disposition.Name).Value, string.IsNullOrEmpty(fileName) ? null : fileName);
    }

    /// <summary>
    /// The refusal is answered before the rest of the body is read, and the connection is not reused: its unread rest
    /// is never parsed as a next request or read to its end (tested: a 256 MiB file over the limit is cut off after the
    /// socket buffers' few MiB).
    /// </summary>
    private static void StopReading(HttpContext context) => context.Response.Headers.Connection = "close";

    private static GraphQLHttpRequest OutOfOrder(string found) => Invalid(
        $"{found}; the GraphQL multipart request spec sends \"operations\" first, then \"map\", then the files.");

    private static GraphQLHttpRequest JsonPartTooLarge(string part, int limit) => Refused(StatusCodes.Status413PayloadTooLarge, ErrorCodes.RequestTooLarge,
        $"The \"{part}\" part is larger than the limit of {limit.ToString("N0", CultureInfo.InvariantCulture)} bytes (GraphQL:Http:MaxRequestBodyBytes).");

    private static GraphQLHttpRequest TotalTooLarge(GraphQLUploadOptions options) => Refused(StatusCodes.Status413PayloadTooLarge, ErrorCodes.RequestTooLarge,
        $"The multipart body is larger than the limit of {options.MaxTotalBytes.ToString("N0", CultureInfo.InvariantCulture)} bytes (GraphQL:Http:Uploads:MaxTotalBytes).");

    private static GraphQLHttpRequest TooManyFiles(string what) => Refused(StatusCodes.Status413PayloadTooLarge, ErrorCodes.TooManyFiles,
        $"{what} (GraphQL:Http:Uploads:MaxFiles).");

    private static GraphQLHttpRequest Invalid(string message) => Refused(StatusCodes.Status400BadRequest, ErrorCodes.InvalidRequest, message);

    private static GraphQLHttpRequest Refused(int status, string code, string message) => GraphQLHttpRequest.Refused(new(status, code, message));
}
