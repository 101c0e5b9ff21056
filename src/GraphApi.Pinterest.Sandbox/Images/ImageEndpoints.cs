using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace GraphApi.Pinterest.Sandbox.Images;

/// <summary>GET {PathBase}/media/img/{W}x{H}/{RRGGBB}.png: the URL fully describes the image, so it can be cached forever.</summary>
internal static class ImageEndpoints
{
    public static IResult Get(HttpContext context, string size, string color, PinImageRenderer renderer)
    {
        var parts = size.Split('x');
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var width)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var height)
            || width is < 1 or > PinImageRenderer.MaxDimension || height is < 1 or > PinImageRenderer.MaxDimension
            || !PinImageRenderer.TryParseColor(color, out var rgb))
        {
            return Results.NotFound();
        }

        var etag = new EntityTagHeaderValue($"\"{width}x{height}-{color.ToUpperInvariant()}\"");
        context.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
        return Results.File(renderer.Render(color, rgb, width, height), "image/png", entityTag: etag);
    }
}
