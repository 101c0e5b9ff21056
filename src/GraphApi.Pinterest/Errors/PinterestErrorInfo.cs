using System.Net;

namespace GraphApi.Pinterest.Errors;

/// <summary>What Pinterest said about a failed call, without any credential.</summary>
/// <param name="StatusCode">HTTP status, or null when no response arrived (timeout, connection failure).</param>
/// <param name="PinterestCode">The <c>code</c> of Pinterest's <c>{code, message}</c> error body, when it had one.</param>
/// <param name="RequestId">The <c>x-pinterest-rid</c> response header, to quote to Pinterest support.</param>
/// <param name="OperationId">The OpenAPI operationId that was called.</param>
/// <param name="RateLimit">Rate-limit headers captured from the response.</param>
public sealed record PinterestErrorInfo(
    HttpStatusCode? StatusCode,
    int? PinterestCode,
    string? RequestId,
    string? OperationId,
    PinterestRateLimit? RateLimit);
