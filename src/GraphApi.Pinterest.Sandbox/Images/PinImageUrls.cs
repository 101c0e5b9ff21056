using System.Globalization;

namespace GraphApi.Pinterest.Sandbox.Images;

internal sealed record ImageDetails(string Url, int Width, int Height);

/// <summary>Pinterest's <c>ImageSize</c> variants (plus <c>originals</c>), all pointing at the sandbox's own image route.</summary>
internal static class PinImageUrls
{
    public static IReadOnlyDictionary<string, ImageDetails> For(string root, string dominantColor, int width, int height)
    {
        var color = dominantColor.TrimStart('#').ToUpperInvariant();
        return new Dictionary<string, ImageDetails>(StringComparer.Ordinal)
        {
            ["150x150"] = Image(root, color, 150, 150),
            ["400x300"] = Image(root, color, 400, 300),
            ["600x"] = Image(root, color, 600, Scale(600, width, height)),
            ["1200x"] = Image(root, color, 1200, Scale(1200, width, height)),
            ["originals"] = Image(root, color, width, height),
        };
    }

    public static string Thumbnail(string root, string dominantColor) => Image(root, dominantColor.TrimStart('#').ToUpperInvariant(), 150, 150).Url;

    private static int Scale(int targetWidth, int width, int height) =>
        width <= 0 ? targetWidth : Math.Max(1, (int)Math.Round(targetWidth * (double)height / width));

    private static ImageDetails Image(string root, string color, int width, int height) =>
        new(string.Create(CultureInfo.InvariantCulture, $"{root}/media/img/{width}x{height}/{color}.png"), width, height);
}
