using GraphApi.Pinterest.Pins;
using GraphApi.Schema.Mutations;

namespace GraphApi.Features.Pins;

/// <summary>An inline image: valid base64, within the size limit, and really of the declared type (checked by its magic bytes).</summary>
public static class Base64Image
{
    public static void Check(string field, string contentType, string data, InputChecks checks)
    {
        if (contentType is not (PinImageContentType.Jpeg or PinImageContentType.Png))
        {
            checks.Fail($"{field}.contentType", $"`{field}.contentType` must be image/jpeg or image/png, not \"{contentType}\".");
            return;
        }

        if (data.Length > (PinMediaSourceMapper.MaxImageBytes + 2) / 3 * 4)
        {
            checks.Fail($"{field}.data", $"`{field}.data` is over {PinMediaSourceMapper.MaxImageBytes / (1024 * 1024)} MB decoded.");
            return;
        }

        var bytes = new byte[data.Length * 3 / 4 + 3];
        if (!Convert.TryFromBase64String(data, bytes, out var written))
        {
            checks.Fail($"{field}.data", $"`{field}.data` is not valid base64.");
            return;
        }

        var head = bytes.AsSpan(0, written);
        var isPng = head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47]);
        var isJpeg = head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]);
        if ((contentType == PinImageContentType.Png && !isPng) || (contentType == PinImageContentType.Jpeg && !isJpeg))
        {
            checks.Fail($"{field}.data", $"`{field}.data` is not a {(contentType == PinImageContentType.Png ? "PNG" : "JPEG")} image, as contentType says.");
        }
    }
}
