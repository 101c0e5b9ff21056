using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Caching.Hybrid;

namespace GraphApi.Upstream.ReadCache;

/// <summary>
/// How an answer is stored in Redis: a small binary frame (version, status, content type, body), encrypted with Data
/// Protection under a purpose of its own when a protector is given. Redis is often shared with other applications and
/// rarely encrypted at rest, and a value is one user's Pinterest data; the shared key ring (issue 15) lets every
/// instance read what another wrote. A value it cannot read (another key ring, a revoked key, a foreign format) is
/// <see cref="CachedAnswer.Unreadable"/>, which the cache treats as a miss rather than an error.
/// </summary>
internal sealed class CachedAnswerSerializer(IDataProtector? protector) : IHybridCacheSerializer<CachedAnswer>
{
    public const string Purpose = "GraphApi.ReadCache.v1";
    private const byte FormatVersion = 1;

    public CachedAnswer Deserialize(ReadOnlySequence<byte> source)
    {
        try
        {
            var bytes = source.ToArray();
            if (protector is not null)
            {
                bytes = protector.Unprotect(bytes);
            }

            return Parse(bytes) ?? CachedAnswer.Unreadable;
        }
        catch (CryptographicException)
        {
            return CachedAnswer.Unreadable;
        }
    }

    public void Serialize(CachedAnswer value, IBufferWriter<byte> target)
    {
        var contentType = Encoding.UTF8.GetBytes(value.ContentType ?? "");
        var frame = new byte[1 + 4 + 2 + contentType.Length + value.Body.Length];
        frame[0] = FormatVersion;
        BinaryPrimitives.WriteInt32LittleEndian(frame.AsSpan(1), value.Status);
        BinaryPrimitives.WriteUInt16LittleEndian(frame.AsSpan(5), checked((ushort)contentType.Length));
        contentType.CopyTo(frame.AsSpan(7));
        value.Body.CopyTo(frame.AsSpan(7 + contentType.Length));
        target.Write(protector is null ? frame : protector.Protect(frame));
    }

    private static CachedAnswer? Parse(byte[] frame)
    {
        if (frame.Length < 7 || frame[0] != FormatVersion)
        {
            return null;
        }

        var status = BinaryPrimitives.ReadInt32LittleEndian(frame.AsSpan(1));
        var typeLength = BinaryPrimitives.ReadUInt16LittleEndian(frame.AsSpan(5));
        if (frame.Length < 7 + typeLength)
        {
            return null;
        }

        var contentType = typeLength == 0 ? null : Encoding.UTF8.GetString(frame, 7, typeLength);
        return new CachedAnswer(status, contentType, frame[(7 + typeLength)..]);
    }
}
