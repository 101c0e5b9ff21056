using System.Buffers;

namespace GraphApi.Execution.Limits;

/// <summary>
/// A write-only stream that keeps a response in pooled 32 KiB segments and refuses to grow past a cap, so an
/// oversized response is detected before any byte reaches the client (it can still be answered with an error) and is
/// never held twice: the segments are copied to the response body and returned to the pool.
/// </summary>
internal sealed class BoundedResponseBuffer(int maxBytes) : Stream
{
    private const int SegmentSize = 32 * 1024;
    private readonly List<byte[]> _segments = [];
    private long _length;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => _length;

    public override long Position
    {
        get => _length;
        set => throw new NotSupportedException();
    }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (_length + buffer.Length > maxBytes)
        {
            throw new ResponseTooLargeException();
        }

        while (!buffer.IsEmpty)
        {
            var offset = (int)(_length % SegmentSize);
            if (offset == 0 && _length / SegmentSize == _segments.Count)
            {
                _segments.Add(ArrayPool<byte>.Shared.Rent(SegmentSize));
            }

            var count = Math.Min(SegmentSize - offset, buffer.Length);
            buffer[..count].CopyTo(_segments[^1].AsSpan(offset));
            buffer = buffer[count..];
            _length += count;
        }
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Write(buffer.Span);
        return ValueTask.CompletedTask;
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        Write(buffer.AsSpan(offset, count));
        return Task.CompletedTask;
    }

    public override void Flush()
    {
    }

    public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Writes everything buffered to <paramref name="destination"/>.</summary>
    public async Task DrainToAsync(Stream destination, CancellationToken cancellationToken)
    {
        var remaining = _length;
        foreach (var segment in _segments)
        {
            var count = (int)Math.Min(SegmentSize, remaining);
            await destination.WriteAsync(segment.AsMemory(0, count), cancellationToken);
            remaining -= count;
        }
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        foreach (var segment in _segments)
        {
            ArrayPool<byte>.Shared.Return(segment);
        }

        _segments.Clear();
        _length = 0;
        base.Dispose(disposing);
    }
}

/// <summary>Thrown by <see cref="BoundedResponseBuffer"/> when a response would exceed its cap.</summary>
internal sealed class ResponseTooLargeException : Exception
{
    public ResponseTooLargeException()
        : base("The response exceeds the configured maximum size.")
    {
    }
}
