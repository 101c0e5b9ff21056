using Microsoft.AspNetCore.Http;

namespace GraphApi.Pinterest.Sandbox.Http;

internal sealed record ErrorBody(int Code, string Message);

/// <summary>Pinterest's <c>{code, message}</c> errors with the codes its clients switch on.</summary>
internal static class SandboxErrors
{
    public static IResult Error(int status, int code, string message) =>
        SandboxJson.Ok(new ErrorBody(code, message), status);

    public static IResult InvalidParameters(string message) => Error(StatusCodes.Status400BadRequest, 1, message);

    public static IResult AuthenticationFailed() => Error(StatusCodes.Status401Unauthorized, 2, "Authentication failed.");

    public static IResult MissingScopes(IEnumerable<string> scopes) =>
        Error(StatusCodes.Status403Forbidden, 3, $"Not authorized to access the user associated with the token. Missing scopes: {string.Join(',', scopes)}.");

    public static IResult RateLimited() =>
        Error(StatusCodes.Status429TooManyRequests, 8, "This request exceeded a rate limit. This can be caused by too many simultaneous requests or by too many requests in a short period of time.");

    public static IResult NotPermitted() => Error(StatusCodes.Status403Forbidden, 29, "You are not permitted to access that resource.");

    public static IResult UserNotFound() => Error(StatusCodes.Status404NotFound, 30, "User not found.");

    public static IResult BoardNotFound() => Error(StatusCodes.Status404NotFound, 40, "Board not found.");

    public static IResult PinNotFound() => Error(StatusCodes.Status404NotFound, 50, "Pin not found.");

    // The spec's examples for board-section and media endpoints repeat the HTTP status as the code.
    public static IResult SectionNotFound() => Error(StatusCodes.Status404NotFound, 404, "Board section not found.");

    public static IResult MediaNotFound() => Error(StatusCodes.Status404NotFound, 404, "Media upload not found.");

    public static IResult Conflict(string message) => Error(StatusCodes.Status409Conflict, 409, message);

    public static IResult InvalidJson() => InvalidParameters("Request body is not a valid JSON object.");
}
