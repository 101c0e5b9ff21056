using System.Buffers.Binary;
using System.IO.Compression;

namespace GraphApi.Pinterest.Sandbox.Images;

/// <summary>
/// Minimal truecolour PNG writer. No imaging package is served to this build, and a solid-colour card with a
/// soft diagonal sheen needs nothing more than IHDR + zlib-compressed scanlines + IEND.
/// </summary>
internal static class PngEncoder
{
    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static byte[] Encode(int width, int height, Func<int, int, (byte R, byte G, byte B)> pixel)
    {
        using var output = new MemoryStream();
        output.Write(Signature);

        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth
        header[9] = 2; // colour type: RGB
        WriteChunk(output, "IHDR"u8, header);

        using (var pixels = new MemoryStream())
        {
            using (var zlib = new ZLibStream(pixels, CompressionLevel.Fastest, leaveOpen: true))
            {
                var row = new byte[1 + (width * 3)];
                for (var y = 0; y < height; y++)
                {
                    row[0] = 0; // filter: none
                    for (var x = 0; x < width; x++)
                    {
                        var (r, g, b) = pixel(x, y);
                        row[1 + (x * 3)] = r;
                        row[2 + (x * 3)] = g;
                        row[3 + (x * 3)] = b;
                    }

                    zlib.Write(row);
                }
            }

            WriteChunk(output, "IDAT"u8, pixels.ToArray());
        }

        WriteChunk(output, "IEND"u8, []);
        return output.ToArray();
    }

    private static void WriteChunk(Stream output, ReadOnlySpan<byte> type, ReadOnlySpan<byte> data)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        output.Write(length);
        output.Write(type);
        output.Write(data);

        Span<byte> checksum = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(checksum, Crc32.Update(Crc32.Update(0xFFFFFFFFu, type), data) ^ 0xFFFFFFFFu);
        output.Write(checksum);
    }
}
