using System.IO.Compression;

namespace GraphApi.Pinterest.Sandbox.Tests.Api;

/// <summary>Just enough PNG decoding (8-bit RGB, filter 0) to check the sandbox's own encoder end to end.</summary>
internal static class PngReader
{
    public static (int Width, int Height, byte[] Rgb) DecodeRgb(byte[] png)
    {
        var offset = 8;
        int width = 0, height = 0;
        using var idat = new MemoryStream();
        while (offset < png.Length)
        {
            var length = (png[offset] << 24) | (png[offset + 1] << 16) | (png[offset + 2] << 8) | png[offset + 3];
            var type = System.Text.Encoding.ASCII.GetString(png, offset + 4, 4);
            if (type == "IHDR")
            {
                width = (png[offset + 8] << 24) | (png[offset + 9] << 16) | (png[offset + 10] << 8) | png[offset + 11];
                height = (png[offset + 12] << 24) | (png[offset + 13] << 16) | (png[offset + 14] << 8) | png[offset + 15];
            }
            else if (type == "IDAT")
            {
                idat.Write(png, offset + 8, length);
            }

            offset += 12 + length;
        }

        idat.Position = 0;
        using var zlib = new ZLibStream(idat, CompressionMode.Decompress);
        using var raw = new MemoryStream();
        zlib.CopyTo(raw);
        var rows = raw.ToArray();
        var rgb = new byte[width * height * 3];
        for (var y = 0; y < height; y++)
        {
            Array.Copy(rows, (y * ((width * 3) + 1)) + 1, rgb, y * width * 3, width * 3);
        }

        return (width, height, rgb);
    }
}
