namespace GraphApi.Pinterest.Http;

/// <summary>
/// Which documented operation an outgoing request is, attached to every <see cref="HttpRequestMessage"/> the client
/// sends (<see cref="Key"/>), so the host's handlers can name, count and trace the call by its operationId and route
/// template without parsing URLs (whose paths carry board and pin ids). One instance per operation: attaching it
/// allocates nothing per call beyond the request's options dictionary.
/// </summary>
/// <param name="OperationId">The OpenAPI operationId, e.g. <c>boards/list_pins</c>.</param>
/// <param name="Method">The HTTP method.</param>
/// <param name="RouteTemplate">The route with its placeholders, e.g. <c>/boards/{board_id}/pins</c> (no ids).</param>
/// <param name="RateLimitCategory">The operation's <c>x-ratelimit-category</c>.</param>
public sealed record PinterestRequestTag(string OperationId, string Method, string RouteTemplate, string RateLimitCategory)
{
    /// <summary>The request option that carries the tag.</summary>
    public static readonly HttpRequestOptionsKey<PinterestRequestTag> Key = new("GraphApi.Pinterest.Operation");

    /// <summary>The tag of <paramref name="request"/>, when the Pinterest client sent it.</summary>
    public static PinterestRequestTag? Of(HttpRequestMessage request) =>
        request.Options.TryGetValue(Key, out var tag) ? tag : null;
}
