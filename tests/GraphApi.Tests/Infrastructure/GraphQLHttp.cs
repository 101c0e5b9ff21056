using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace GraphApi.Tests.Infrastructure;

/// <summary>Small helpers to send raw GraphQL-over-HTTP requests and read their answers.</summary>
public static class GraphQLHttp
{
    public const string GraphQLResponse = "application/graphql-response+json";

    public static HttpRequestMessage Post(string body, string? accept = null, string contentType = "application/json")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(body, Encoding.UTF8),
        };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return request;
    }

    public static HttpRequestMessage PostQuery(string query, object? variables = null, string? accept = null) =>
        Post(JsonSerializer.Serialize(new { query, variables }), accept);

    public static async Task<JsonElement> ReadJsonAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    public static string FirstErrorCode(this JsonElement body) =>
        body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString()!;

    public static string FirstErrorMessage(this JsonElement body) =>
        body.GetProperty("errors")[0].GetProperty("message").GetString()!;
}
