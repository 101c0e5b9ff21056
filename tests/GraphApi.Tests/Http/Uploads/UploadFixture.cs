using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using GraphApi.Pinterest.DependencyInjection;
using GraphApi.Pinterest.Sandbox;
using GraphApi.Tests.Http.TrustedDocuments;
using GraphApi.Tests.Infrastructure;
using GraphApi.Tests.Sandbox;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Tests.Http.Uploads;

/// <summary>
/// The sandbox gateway on Kestrel with small upload limits (so a test reaches each with little data), a trusted
/// document for createPin, and a Pinterest client that records what pins/create sent and how many upload temp files
/// existed at that moment.
/// </summary>
public sealed class UploadFixture : IAsyncLifetime
{
    public const long MaxFileBytes = 64 * 1024;
    public const long MaxTotalBytes = 160 * 1024;
    public const int MaxFiles = 3;
    public const string HomeOffice = "91000000000000003";

    public const string CreatePin = """
        mutation CreatePin($input: CreatePinInput!) {
          createPin(input: $input) {
            pin { id title dominantColor }
            replayed
            errors { __typename ... on UserError { code message } ... on ValidationError { field } }
          }
        }
        """;

    public UploadFixture()
    {
        Directory.CreateDirectory(TrustedFolder);
        File.WriteAllText(Path.Combine(TrustedFolder, "create-pin.graphql"), CreatePin);
        Factory = new SandboxGatewayFactory([
            ("Pinterest:MaxRetries", "0"),
            ("GraphQL:Http:Uploads:MaxFileBytes", MaxFileBytes.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("GraphQL:Http:Uploads:MaxTotalBytes", MaxTotalBytes.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("GraphQL:Http:Uploads:MaxFiles", MaxFiles.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            // Room for the ten-at-once test; UploadHardeningTests takes every slot to see the refusal.
            ("GraphQL:Http:Uploads:MaxConcurrentRequests", "10"),
            ("GraphQL:TrustedDocuments:Folder", TrustedFolder),
            .. RelaxedLimits.RateLimits])
        {
            TestServices = services => services.AddHttpClient(PinterestClientServiceCollectionExtensions.HttpClientName)
                .AddHttpMessageHandler(() => new RecordingHandler(this)),
        };
    }

    public SandboxGatewayFactory Factory { get; }

    public string TrustedFolder { get; } = Path.Combine(Path.GetTempPath(), "graphapi-upload-docs", Guid.NewGuid().ToString("N"));

    public string UploadFolder => Path.Combine(Factory.DataDirectory, "uploads");

    public ISandboxCallCounters Counters => Factory.Counters;

    /// <summary>Each pins/create body, and the number of upload temp files on disk while it was sent.</summary>
    public ConcurrentQueue<(JsonNode Body, int TempFiles)> Creates { get; } = new();

    public static string CreatePinId => TrustedDocumentsFactory.Id(CreatePin);

    public Task InitializeAsync() => Factory.ConnectDemoUsersAsync();

    public Task DisposeAsync()
    {
        Factory.Dispose();
        if (Directory.Exists(TrustedFolder))
        {
            Directory.Delete(TrustedFolder, recursive: true);
        }

        return Task.CompletedTask;
    }

    public HttpClient Client(string user = SandboxDemoUsers.Pinner) => Factory.CreateClientFor(user);

    public int TempFiles() => Directory.Exists(UploadFolder) ? Directory.GetFiles(UploadFolder).Length : 0;

    /// <summary><c>operations</c> for one createPin whose image is the file the map puts at <see cref="FilePath"/>.</summary>
    public static object Operations(string title, string? idempotencyKey = null) => new
    {
        query = CreatePin,
        variables = new { input = new { boardId = HomeOffice, title, idempotencyKey, mediaSource = new { imageUpload = new { file = (string?)null } } } },
    };

    public const string FilePath = "variables.input.mediaSource.imageUpload.file";

    private sealed class RecordingHandler(UploadFixture fixture) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.Method == HttpMethod.Post && request.RequestUri!.AbsolutePath.EndsWith("/pins", StringComparison.Ordinal) && request.Content is { } content)
            {
                fixture.Creates.Enqueue((JsonNode.Parse(await content.ReadAsStringAsync(cancellationToken))!, fixture.TempFiles()));
            }

            return await base.SendAsync(request, cancellationToken);
        }
    }
}

[CollectionDefinition(Name)]
public sealed class UploadTests : ICollectionFixture<UploadFixture>
{
    public const string Name = "Uploads";
}
