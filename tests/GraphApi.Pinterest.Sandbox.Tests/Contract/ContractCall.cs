using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace GraphApi.Pinterest.Sandbox.Tests.Contract;

internal sealed record ContractResult(string OperationId, int Status, JsonNode? Body, string RawBody);

/// <summary>
/// Sends requests for one operation. Every JSON body sent is first checked against that operation's request schema,
/// so the tests' own requests are held to the contract too.
/// </summary>
internal sealed class ContractCall(HttpClient client, string operationId)
{
    public List<ContractResult> Results { get; } = [];

    public Task<ContractResult> GetAsync(string url) => SendAsync(HttpMethod.Get, url, null);

    public async Task<ContractResult> SendAsync(HttpMethod method, string url, JsonNode? body, string? asOperation = null)
    {
        var operation = asOperation ?? operationId;
        using var request = new HttpRequestMessage(method, new Uri(url, UriKind.Relative));
        if (body is not null)
        {
            OpenApiContract.Instance.ValidateRequest(operation, body).ShouldBeEmpty($"request body of {operation} breaks the request schema");
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
        }

        using var response = await client.SendAsync(request);
        var raw = await response.Content.ReadAsStringAsync();
        var result = new ContractResult(operation, (int)response.StatusCode, raw.Length == 0 ? null : JsonNode.Parse(raw), raw);
        Results.Add(result);
        return result;
    }

    public async Task<string> NewBoardAsync()
    {
        var created = await SendAsync(HttpMethod.Post, "v5/boards", new JsonObject { ["name"] = "Scratch " + Guid.NewGuid().ToString("N")[..6] }, "boards/create");
        return created.Body!["id"]!.GetValue<string>();
    }

    public async Task<string> NewSectionAsync(string boardId)
    {
        var created = await SendAsync(HttpMethod.Post, $"v5/boards/{boardId}/sections", new JsonObject { ["name"] = "Scratch section" }, "board_sections/create");
        return created.Body!["id"]!.GetValue<string>();
    }

    public async Task<string> NewPinAsync()
    {
        var created = await SendAsync(HttpMethod.Post, "v5/pins", ContractCases.NewPin(), "pins/create");
        return created.Body!["id"]!.GetValue<string>();
    }
}
