using GraphApi.Pinterest;
using GraphApi.Pinterest.Pins;
using GraphApi.Schema.Mutations;
using GraphApi.Schema.Uploads;

namespace GraphApi.Features.Pins;

/// <summary>
/// An uploaded pin image, checked before anything is sent to Pinterest: not empty, within the image limit, a JPEG or PNG
/// by its magic bytes (what Pinterest takes as image_base64), and a declared Content-Type that agrees.
/// </summary>
public static class UploadedImage
{
    /// <summary>The content type read from the bytes, or null (with the failure recorded) when the file is refused.</summary>
    public static string? Check(string field, UploadedFile? file, InputChecks checks)
    {
        if (file is null)
        {
            checks.Fail(field, $"`{field}` needs a file.");
            return null;
        }

        if (file.Length == 0)
        {
            checks.Fail(field, $"`{field}` (\"{file.Name}\") is empty.");
            return null;
        }

        if (file.Length > PinterestLimits.PinImageMaxBytes)
        {
            checks.Fail(field, $"`{field}` (\"{file.Name}\") is {file.Length:N0} bytes; an image may be at most {PinterestLimits.PinImageMaxBytes:N0}.");
            return null;
        }

        var head = file.Head.Span;
        var actual = head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) ? PinImageContentType.Png
            : head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]) ? PinImageContentType.Jpeg
            : null;
        if (actual is null)
        {
            checks.Fail(field, $"`{field}` (\"{file.Name}\") is not a JPEG or PNG image (judged by its first bytes).");
            return null;
        }

        // No Content-Type, or application/octet-stream (what browsers send for a file whose type they do not know),
        // declares nothing; any other declared type must be the one the bytes show.
        var declared = DeclaredType(file.ContentType);
        if (declared is not null && !string.Equals(declared, actual, StringComparison.OrdinalIgnoreCase))
        {
            checks.Fail(field, $"`{field}` (\"{file.Name}\") is declared {declared}, but its bytes are {(actual == PinImageContentType.Png ? "a PNG" : "a JPEG")} image.");
            return null;
        }

        return actual;
    }

    /// <summary>The bytes as image_base64 data (read from the temp file only now, once every check passed).</summary>
    public static Task<string> Base64Async(UploadedFile file, CancellationToken cancellationToken) =>
        file.ReadBase64Async().WaitAsync(cancellationToken);

    private static string? DeclaredType(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType))
        {
            return null;
        }

        var type = contentType.Split(';', 2)[0].Trim();
        // image/jpg and image/pjpeg are what some non-browser clients and older tools declare for real JPEGs.
        return type.ToLowerInvariant() switch
        {
            "application/octet-stream" => null,
            "image/jpg" or "image/pjpeg" => PinImageContentType.Jpeg,
            _ => type,
        };
    }
}
