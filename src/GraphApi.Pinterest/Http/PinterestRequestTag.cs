namespace GraphApi.Pinterest.Http;

/// <summary>
/// Which documented operation an outgoing request is, attached to every <see cref="HttpRequestMessage"/> the client
/// sends (<see cref="Key"/>), so the host's handlers can name, count and trace the call by its operationId and route
/// template without parsing URLs (whose paths carry board and pin ids). One instance per operation: attaching it
/// allocates nothing per call beyond the request's options dictionary.
/// </summary>
/// <remarks>A class, not a record: it is never serialized, and the client's public records are its JSON DTOs.</remarks>
public sealed class PinterestRequestTag(string operationId, string method, string routeTemplate, string rateLimitCategory)
{
    /// <summary>The OpenAPI operationId, e.g. <c>boards/list_pins</c>.</summary>
    public string OperationId { get; } = operationId;

    /// <summary>The HTTP method.</summary>
    public string Method { get; } = method;

    /// <summary>The route with its placeholders, e.g. <c>/boards/{board_id}/pins</c> (no ids).</summary>
    public string RouteTemplate { get; } = routeTemplate;

    /// <summary>The operation's <c>x-ratelimit-category</c>.</summary>
    public string RateLimitCategory { get; } = rateLimitCategory;

    /// <summary>The request option that carries the tag.</summary>
    public static readonly HttpRequestOptionsKey<PinterestRequestTag> Key = new("GraphApi.Pinterest.Operation");

    /// <summary>The tag of <paramref name="request"/>, when the Pinterest client sent it.</summary>
    public static PinterestRequestTag? Of(HttpRequestMessage request) =>
        request.Options.TryGetValue(Key, out var tag) ? tag : null;
}
