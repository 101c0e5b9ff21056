using GraphApi.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using ModelContextProtocol.Client;

namespace GraphApi.Tests.Mcp;

/// <summary>The SDK's own MCP client, over the streamable HTTP transport, with a caller's bearer token (or none).</summary>
internal static class McpTestClient
{
    /// <summary>Over real HTTP to a Kestrel-hosted gateway.</summary>
    public static Task<McpClient> ConnectAsync(Uri address, string? bearer) =>
        McpClient.CreateAsync(new HttpClientTransport(Options(new Uri(address, "/mcp"), bearer)));

    /// <summary>Over the in-memory test server.</summary>
    public static Task<McpClient> ConnectAsync(WebApplicationFactory<Program> factory, string? bearer, HttpClient client) =>
        McpClient.CreateAsync(new HttpClientTransport(Options(new Uri(factory.Server.BaseAddress, "/mcp"), bearer), client, ownsHttpClient: false));

    public static Task<McpClient> ConnectAsUserAsync(Uri address, string user, string? scope = null) =>
        ConnectAsync(address, TestTokens.Create(user, scope: scope));

    private static HttpClientTransportOptions Options(Uri endpoint, string? bearer) => new()
    {
        Endpoint = endpoint,
        TransportMode = HttpTransportMode.StreamableHttp,
        AdditionalHeaders = bearer is null ? null : new Dictionary<string, string> { ["Authorization"] = $"Bearer {bearer}" },
    };
}
