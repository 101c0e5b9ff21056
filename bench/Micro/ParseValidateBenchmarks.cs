using System.Security.Claims;
using BenchmarkDotNet.Attributes;
using GraphApi.Execution.Limits;
using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Bench.Micro;

/// <summary>
/// Parse + validate, as every request pays it today: <see cref="Parse"/> is the document gate (parser with the
/// depth cap, then the limits walker); <see cref="ParseAndValidate"/> adds the executer's validation with the host's
/// rules (standard rules, scope analysis, which reads the caller's connection once, cost analysis, upstream budget),
/// in a fresh request scope like a request.
/// </summary>
[MemoryDiagnoser]
public class ParseValidateBenchmarks : IAsyncDisposable
{
    private MicroHost? _host;
    private GraphQLDocumentGate? _gate;
    private ValidationPipeline? _validation;
    private ISchema? _schema;
    private ClaimsPrincipal? _caller;
    private string _query = "";

    [Params(BenchDocuments.Typename, BenchDocuments.UserBoardsPins, BenchDocuments.Dashboard)]
    public string Document { get; set; } = BenchDocuments.UserBoardsPins;

    /// <summary>The last validation's result; a run that ended refused measured the wrong thing.</summary>
    public ExecutionResult? LastResult { get; private set; }

    internal ValidationPipeline Validation => _validation ?? throw new InvalidOperationException("Call SetupAsync first.");

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _host = new MicroHost(caches: false); // the uncached work: what a first request (or a cache miss) costs
        var services = _host.Services;
        _gate = services.GetRequiredService<GraphQLDocumentGate>();
        _validation = new ValidationPipeline(services);
        _schema = ValidationPipeline.Schema(services);
        _caller = await _host.CreateCallerAsync();
        _query = BenchDocuments.Read(Document);
    }

    /// <summary>For tests: validate another document, or as another caller, on the same path.</summary>
    internal void Use(string query, ClaimsPrincipal? caller = null)
    {
        _query = query;
        _caller = caller ?? _caller;
    }

    [Benchmark]
    public GraphQLDocument? Parse() => _gate!.Check(_query).Document;

    [Benchmark]
    public async Task<ExecutionResult> ParseAndValidate()
    {
        await using var request = new RequestScope(_host!.Services, _caller!, Stream.Null);
        var (document, refusal) = _gate!.Check(_query);
        if (refusal is not null)
        {
            return refusal;
        }

        return LastResult = await _validation!.RunAsync(new ExecutionOptions
        {
            Query = _query,
            Document = document,
            Schema = _schema,
            RequestServices = request.Context.RequestServices,
            User = request.Context.User,
            CancellationToken = request.Context.RequestAborted,
        });
    }

    /// <summary>A run whose last validation failed measured a refusal: fail it instead of reporting its numbers.</summary>
    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        var errors = LastResult?.Errors;
        await DisposeAsync();
        if (errors is { Count: > 0 })
        {
            throw new InvalidOperationException($"The last validation of {Document} failed, so the numbers are not the document's: {errors[0].Code} {errors[0].Message}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
            _host = null;
        }

        GC.SuppressFinalize(this);
    }
}
