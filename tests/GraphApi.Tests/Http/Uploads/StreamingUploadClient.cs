using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace GraphApi.Tests.Http.Uploads;

/// <summary>
/// A client that sends a multipart body chunked over a raw socket while reading the answer, and stops writing once the
/// answer is in, as a browser does. HttpClient cannot show this: when the server answers early and closes the
/// connection it reports the failed write, not the answer. Counts the bytes the server let it write.
/// </summary>
public static class StreamingUploadClient
{
    public sealed record Outcome(int Status, JsonElement Body, long Written);

    public static async Task<Outcome> SendAsync(Uri server, string token, string operations, string map, string fileName, long fileBytes)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(server.Host, server.Port);
        var stream = tcp.GetStream();
        const string boundary = "graphapi-streaming-test";
        var head = $"POST /graphql HTTP/1.1\r\nHost: {server.Authority}\r\nAuthorization: Bearer {token}\r\n" +
                   $"Content-Type: multipart/form-data; boundary={boundary}\r\nTransfer-Encoding: chunked\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));

        var reading = ReadResponseAsync(stream);
        long written = 0;
        async Task<bool> ChunkAsync(byte[] data)
        {
            if (reading.IsCompleted)
            {
                return false;
            }

            try
            {
                await stream.WriteAsync(Encoding.ASCII.GetBytes($"{data.Length:X}\r\n"));
                await stream.WriteAsync(data);
                await stream.WriteAsync("\r\n"u8.ToArray());
                written += data.Length;
                return true;
            }
            catch (IOException)
            {
                return false; // the server closed after answering
            }
        }

        var parts = $"--{boundary}\r\nContent-Disposition: form-data; name=\"operations\"\r\n\r\n{operations}\r\n" +
                    $"--{boundary}\r\nContent-Disposition: form-data; name=\"map\"\r\n\r\n{map}\r\n" +
                    $"--{boundary}\r\nContent-Disposition: form-data; name=\"{fileName}\"; filename=\"big.png\"\r\nContent-Type: image/png\r\n\r\n";
        if (await ChunkAsync(Encoding.UTF8.GetBytes(parts)))
        {
            var chunk = new byte[64 * 1024];
            chunk[0] = 0x89;
            for (long sent = 0; sent < fileBytes && await ChunkAsync(chunk); sent += chunk.Length)
            {
            }
        }

        var (status, body) = await reading;
        return new Outcome(status, body, written);
    }

    private static async Task<(int Status, JsonElement Body)> ReadResponseAsync(NetworkStream stream)
    {
        var received = new MemoryStream();
        var buffer = new byte[16 * 1024];
        while (true)
        {
            var text = Encoding.UTF8.GetString(received.ToArray());
            var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
            if (end >= 0 && LengthOf(text[..end]) is { } length && received.Length >= end + 4 + length)
            {
                var status = int.Parse(text.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
                using var json = JsonDocument.Parse(text.Substring(end + 4, length));
                return (status, json.RootElement.Clone());
            }

            var read = await stream.ReadAsync(buffer);
            if (read == 0)
            {
                throw new IOException("The server closed the connection before a whole response: " + text);
            }

            received.Write(buffer, 0, read);
        }
    }

    private static int? LengthOf(string headers) => headers.Split("\r\n")
        .Where(h => h.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
        .Select(h => (int?)int.Parse(h["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture))
        .FirstOrDefault();
}
