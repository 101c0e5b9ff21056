using GraphApi.Execution.Errors;
using GraphQL;

namespace GraphApi.Schema.Relay;

/// <summary>
/// What a Pinterest ID looks like: pins, boards, sections and media uploads are digit strings (the OpenAPI file's
/// <c>^\d+$</c>; ad-side IDs are at most 18 digits, business IDs 20). Every ID a caller sends, raw or decoded
/// from a global ID, is checked here before it can become part of an upstream path: <c>..</c>, <c>%2F</c>,
/// <c>/</c>, <c>?</c>, whitespace or a 10,000-character value never reaches Pinterest.
/// </summary>
public static class PinterestIds
{
    public const int MaxLength = 20;

    public static bool IsValid(string? id) =>
        id is { Length: > 0 and <= MaxLength } && id.All(char.IsAsciiDigit);

    /// <summary>INVALID_ARGUMENT for an argument that is not a Pinterest ID (nor a global ID carrying one).</summary>
    public static ExecutionError Invalid(string argument) =>
        new($"`{argument}` is not a valid ID: expected a global ID from this API or a Pinterest ID (up to {MaxLength} digits).") { Code = ErrorCodes.InvalidArgument };
}
