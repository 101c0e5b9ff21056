using System.Security.Claims;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using GraphApi.Execution.Limits;
using GraphApi.Http;
using GraphQL;
using GraphQL.Types;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Bench.Micro;

/// <summary>
/// The user/boards/pins document over in-memory Pinterest answers. <see cref="ExecuteAndSerialize"/> is what the
/// endpoint does with a request it has read: the document gate, the executer (validation, resolvers, loaders, the
/// typed client and its deserialization) and the response writer. <see cref="Endpoint"/> is the whole
/// GraphQL-over-HTTP endpoint on an in-memory POST (body reading, request parsing, media types, cost report).
/// Neither includes Kestrel, JwtBearer or the rate-limit middleware (the HTTP harness measures those).
/// </summary>
[MemoryDiagnoser]
public class ExecuteBenchmarks : IAsyncDisposable
{
    private MicroHost? _host;
    private GraphQLDocumentGate? _gate;
    private IDocumentExecuter<ISchema>? _executer;
    private GraphQLResponseWriter? _writer;
    private GraphQLHttpEndpoint? _endpoint;
    private ClaimsPrincipal? _caller;
    private string _query = "";
    private byte[] _postBody = [];
    private readonly MemoryStream _response = new();

    public MicroHost Host => _host ?? throw new InvalidOperationException("Call SetupAsync first.");

    /// <summary>The last response's status and body (UTF-8 JSON), for the liveness test and the clean-up check.</summary>
    public int LastStatus { get; private set; }

    public ReadOnlyMemory<byte> LastResponse => _response.GetBuffer().AsMemory(0, (int)_response.Length);

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _host = new MicroHost();
        var services = _host.Services;
        _gate = services.GetRequiredService<GraphQLDocumentGate>();
        _executer = services.GetRequiredService<IDocumentExecuter<ISchema>>();
        _writer = services.GetRequiredService<GraphQLResponseWriter>();
        _endpoint = services.GetRequiredService<GraphQLHttpEndpoint>();
        _caller = await _host.CreateCallerAsync();
        _query = BenchDocuments.Read(BenchDocuments.UserBoardsPins);
        _postBody = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string> { ["query"] = _query });
    }

    /// <summary>For tests: run as another caller.</summary>
    internal void UseCaller(ClaimsPrincipal caller) => _caller = caller;

    [Benchmark]
    public async Task<int> ExecuteAndSerialize()
    {
        _response.SetLength(0);
        await using var request = new RequestScope(_host!.Services, _caller!, _response);
        var (document, refusal) = _gate!.Check(_query);
        var result = refusal ?? await _executer!.ExecuteAsync(new ExecutionOptions
        {
            Query = _query,
            Document = document,
            RequestServices = request.Context.RequestServices,
            User = request.Context.User,
            CancellationToken = request.Context.RequestAborted,
        });
        await _writer!.WriteAsync(request.Context, StatusCodes.Status200OK, GraphQLMediaTypes.GraphQLResponse, result);
        LastStatus = request.Context.Response.StatusCode;
        return (int)_response.Length;
    }

    [Benchmark]
    public async Task<int> Endpoint()
    {
        _response.SetLength(0);
        await using var request = new RequestScope(_host!.Services, _caller!, _response);
        var http = request.Context.Request;
        http.Method = HttpMethods.Post;
        http.Path = "/graphql";
        http.ContentType = "application/json";
        http.Headers.Accept = GraphQLMediaTypes.GraphQLResponse;
        http.ContentLength = _postBody.Length;
        http.Body = new MemoryStream(_postBody, writable: false);
        await _endpoint!.HandleAsync(request.Context);
        LastStatus = request.Context.Response.StatusCode;
        return (int)_response.Length;
    }

    /// <summary>A run whose answers were errors measured the wrong thing: fail it instead of reporting its numbers.</summary>
    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        var status = LastStatus;
        var body = Encoding.UTF8.GetString(LastResponse.Span);
        await DisposeAsync();
        if (status != StatusCodes.Status200OK || body.Contains("\"errors\"", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The last answer was {status} with errors, so the numbers are not the document's: {body[..Math.Min(body.Length, 500)]}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
            _host = null;
        }

        await _response.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
