using System.ComponentModel;
using System.Net;
using System.Net.Http.Headers;

namespace GraphApi.Upstream.ReadCache;

/// <summary>
/// One successful Pinterest answer as the client reads it: status, content type and body, nothing else (no header:
/// rate-limit headers describe the moment of the original call, so a hit must not feed the quota tracker again).
/// Immutable (HybridCache keeps the instance in memory instead of a copy per read): nobody writes to <see cref="Body"/>.
/// </summary>
[ImmutableObject(true)]
internal sealed class CachedAnswer(int status, string? contentType, byte[] body)
{
    /// <summary>What the serializer answers for an L2 value it cannot read (another key ring, a foreign format): a miss.</summary>
    public static readonly CachedAnswer Unreadable = new(0, null, []);

    public int Status { get; } = status;

    public string? ContentType { get; } = contentType;

    public byte[] Body { get; } = body;

    public bool IsUsable => Status is >= 200 and < 300;

    public HttpResponseMessage ToResponse(HttpRequestMessage request)
    {
        var content = new ByteArrayContent(Body);
        if (ContentType is not null && MediaTypeHeaderValue.TryParse(ContentType, out var type))
        {
            content.Headers.ContentType = type;
        }

        return new HttpResponseMessage((HttpStatusCode)Status) { Content = content, RequestMessage = request };
    }
}
