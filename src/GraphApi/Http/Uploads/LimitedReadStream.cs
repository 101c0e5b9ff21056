namespace GraphApi.Http.Uploads;

/// <summary>Thrown by <see cref="LimitedReadStream"/> when the body goes past its limit.</summary>
internal sealed class BodyLimitExceededException() : IOException("The request body is over its limit.");

/// <summary>
/// The request body, counted: reading past <c>limit</c> bytes throws, so a chunked body (no Content-Length) is refused
/// as soon as it is too large, after at most one buffer more than the limit.
/// </summary>
internal sealed class LimitedReadStream(Stream inner, long limit) : Stream
{
    private long _read;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => _read; set => throw new NotSupportedException(); }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        // Never ask for more than one byte past the limit: learning that it was exceeded needs no more.
        var wanted = (int)Math.Min(buffer.Length, Math.Max(1, limit + 1 - _read));
        var count = await inner.ReadAsync(buffer[..wanted], cancellationToken);
        _read += count;
        return _read > limit ? throw new BodyLimitExceededException() : count;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) =>
        throw new NotSupportedException("The request body is read asynchronously only.");

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
