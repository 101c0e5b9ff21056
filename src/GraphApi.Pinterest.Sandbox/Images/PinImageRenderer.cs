using System.Collections.Concurrent;
using System.Globalization;

namespace GraphApi.Pinterest.Sandbox.Images;

/// <summary>Draws a pin image in its dominant colour; results are cached because the same few sizes repeat.</summary>
internal sealed class PinImageRenderer
{
    public const int MaxDimension = 2400;
    private readonly ConcurrentDictionary<(string Color, int Width, int Height), byte[]> _cache = new();

    public static bool TryParseColor(string hex, out (byte R, byte G, byte B) color)
    {
        color = default;
        if (hex.Length != 6 || !int.TryParse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var value))
        {
            return false;
        }

        color = ((byte)(value >> 16), (byte)(value >> 8), (byte)value);
        return true;
    }

    public byte[] Render(string hex, (byte R, byte G, byte B) color, int width, int height)
    {
        // Bounded cache: a crawler asking for every colour should not grow memory without limit.
        if (_cache.Count > 512)
        {
            _cache.Clear();
        }

        return _cache.GetOrAdd((hex.ToUpperInvariant(), width, height), _ => PngEncoder.Encode(width, height, (x, y) =>
        {
            // A light diagonal band makes the tiles read as images rather than flat swatches.
            var band = ((x + y) * 8 / Math.Max(1, width + height)) % 2 == 0 ? 0 : 18;
            return (Lighten(color.R, band), Lighten(color.G, band), Lighten(color.B, band));
        }));
    }

    private static byte Lighten(byte channel, int amount) => (byte)Math.Min(255, channel + amount);
}
