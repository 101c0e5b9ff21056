using System.Net;
using System.Text;
using GraphApi.Pinterest.DependencyInjection;
using GraphApi.Pinterest.Errors;
using GraphApi.Pinterest.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Pinterest.Tests.Http;

/// <summary>
/// Bodies are deserialized from the network stream instead of being buffered first, so a connection lost in the middle
/// of a body surfaces while reading it: it must still be the client's "unreachable" error, never a raw IOException.
/// </summary>
public sealed class StreamedBodyTests
{
    [Fact]
    public async Task A_body_cut_off_mid_way_is_an_upstream_error_not_a_raw_io_exception()
    {
        using var provider = Build(() => new CutOffBody(Encoding.UTF8.GetBytes("""{"id":"1","name":"Bo""")));
        using var scope = provider.CreateScope();

        var error = await Should.ThrowAsync<PinterestUpstreamException>(
            () => scope.ServiceProvider.GetRequiredService<IPinterestClient>().Boards.GetAsync("1"));

        error.Message.ShouldContain("connection failed");
        error.InnerException.ShouldBeOfType<IOException>(error.InnerException!.ToString());
    }

    [Fact]
    public async Task A_complete_body_read_from_the_stream_is_deserialized()
    {
        using var provider = Build(() => new MemoryStream(Encoding.UTF8.GetBytes("""{"id":"1","name":"Board one"}""")));
        using var scope = provider.CreateScope();

        var board = await scope.ServiceProvider.GetRequiredService<IPinterestClient>().Boards.GetAsync("1");

        board.Id.ShouldBe("1");
        board.Name.ShouldBe("Board one");
    }

    private static ServiceProvider Build(Func<Stream> body)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IPinterestAccessTokenProvider>(new FakeTokenProvider("t"));
        services.AddPinterestClient(o =>
        {
            o.ApiBaseUrl = new Uri("http://127.0.0.1:9/v5");
            o.MaxRetries = 0;
        }).AddHttpMessageHandler(() => new Answering(body));
        return services.BuildServiceProvider(validateScopes: true);
    }

    // Answers every call itself (no socket) with a 200 whose body comes from the given stream.
    private sealed class Answering(Func<Stream> body) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(body()), RequestMessage = request });
    }

    // The first bytes of a JSON body, then the connection breaks.
    private sealed class CutOffBody(byte[] start) : Stream
    {
        private int _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => _position;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_position >= start.Length)
            {
                throw new IOException("The connection was reset.");
            }

            var n = Math.Min(count, start.Length - _position);
            Array.Copy(start, _position, buffer, offset, n);
            _position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
