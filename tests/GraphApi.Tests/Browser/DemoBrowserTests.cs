using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using GraphApi.Pinterest.DependencyInjection;
using GraphApi.Tests.Sandbox;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace GraphApi.Tests.Browser;

/// <summary>
/// The demo app in headless Chromium against the gateway on Kestrel, as a person uses it: sign in, connect through
/// the sandbox consent page and /integration-callback, boards grid, open a board, create a pin from a URL and one
/// from a file (the form's multipart upload), the Ads view (campaigns with spend and impressions), disconnect.
/// </summary>
public sealed class DemoBrowserTests : IDisposable
{
    private const string Chromium = "/usr/bin/chromium";
    private readonly ITestOutputHelper _output;
    private readonly SandboxGatewayFactory _factory;
    private readonly ConcurrentQueue<JsonNode> _creates = new();

    public DemoBrowserTests(ITestOutputHelper output)
    {
        _output = output;
        // SelfIssuing's settings, plus a recorder of what pins/create sent to Pinterest.
        _factory = new SandboxGatewayFactory(("Authentication:SigningKey", ""), ("Authentication:Issuer", ""))
        {
            TestServices = services => services.AddHttpClient(PinterestClientServiceCollectionExtensions.HttpClientName)
                .AddHttpMessageHandler(() => new PinCreateRecorder(_creates)),
        };
    }

    public void Dispose() => _factory.Dispose();

    [SkippableFact]
    public async Task A_person_connects_pinterest_browses_boards_creates_a_pin_and_disconnects()
    {
        var folder = NodeScript.Folder("Browser");
        NodeScript.RequireOrSkip(
            (File.Exists(Chromium), $"{Chromium} is missing (apt-get install chromium)"),
            (Directory.Exists(Path.Combine(folder, "node_modules", "playwright-core")), $"npm packages are missing in {folder} (npm ci)"));

        var report = await NodeScript.RunAsync(folder, TimeSpan.FromMinutes(3), "demo.mjs", _factory.Address.ToString().TrimEnd('/'), NodeScript.ArtifactsFolder);
        _output.WriteLine(report.ToString());

        report.TryGetProperty("error", out var error).ShouldBeFalse($"{error} (notice: {(report.TryGetProperty("notice", out var notice) ? notice : default)})");
        report.GetProperty("steps").EnumerateArray().Select(s => s.GetString()).ShouldBe(
            ["signed in", "consent page shown", "connected", "boards shown", "board opened", "pin created", "pin created from a file", "ads shown", "disconnected"]);
        report.GetProperty("consentPath").GetString().ShouldBe("/sandbox/pinterest/oauth/");
        report.GetProperty("returnedTo").GetString().ShouldBe("/");
        report.GetProperty("completionLeftInUrl").GetBoolean().ShouldBeFalse("the app removes the completion id from the address bar");
        report.GetProperty("boardCount").GetInt32().ShouldBeGreaterThan(0);
        report.GetProperty("boardImages").GetInt32().ShouldBe(report.GetProperty("boardCount").GetInt32(), "every board tile shows a pin image");
        report.GetProperty("pinsAfter").GetInt32().ShouldBe(report.GetProperty("pinsBefore").GetInt32() + 1);
        report.GetProperty("createErrors").GetString().ShouldBeNullOrEmpty();
        report.GetProperty("pinsAfterUpload").GetInt32().ShouldBe(report.GetProperty("pinsAfter").GetInt32() + 1);
        report.GetProperty("uploadErrors").GetString().ShouldBeNullOrEmpty();
        report.GetProperty("fileInputCleared").GetBoolean().ShouldBeTrue("the form resets after a pin is created");
        // The file the browser chose reached Pinterest byte for byte, as image_base64 typed by its bytes.
        var uploaded = _creates.Last()["media_source"]!;
        uploaded["source_type"]!.GetValue<string>().ShouldBe("image_base64");
        uploaded["content_type"]!.GetValue<string>().ShouldBe("image/png");
        uploaded["data"]!.GetValue<string>().ShouldBe(report.GetProperty("uploadedPng").GetString());
        // The Ads view: the pinner's seeded campaign, its spend and impressions as numbers (the default scopes reach ads).
        report.GetProperty("campaignRows").GetInt32().ShouldBeGreaterThan(0);
        report.GetProperty("campaignSpends").EnumerateArray().Select(s => double.TryParse(s.GetString(), System.Globalization.CultureInfo.InvariantCulture, out var spend) ? spend : -1).ShouldAllBe(spend => spend >= 0);
        report.GetProperty("campaignImpressions").EnumerateArray().Select(s => long.TryParse(s.GetString(), System.Globalization.CultureInfo.InvariantCulture, out var shown) ? shown : -1).ShouldAllBe(shown => shown >= 0);
        report.GetProperty("foreignRequests").GetArrayLength().ShouldBe(0, "the demo must work offline");
        report.GetProperty("pageErrors").GetArrayLength().ShouldBe(0);
        _factory.Counters.CountOf("pins/create").ShouldBe(2);
        _factory.Counters.CountOf("oauth/token").ShouldBe(1);
    }

    private sealed class PinCreateRecorder(ConcurrentQueue<JsonNode> creates) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.Method == HttpMethod.Post && request.RequestUri!.AbsolutePath.EndsWith("/pins", StringComparison.Ordinal) && request.Content is { } content)
            {
                creates.Enqueue(JsonNode.Parse(await content.ReadAsStringAsync(cancellationToken))!);
            }

            return await base.SendAsync(request, cancellationToken);
        }
    }
}
