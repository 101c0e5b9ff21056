using GraphApi.Execution.Errors;
using GraphQL;

namespace GraphApi.Http.Uploads;

/// <summary>A map path that does not lead to an <c>Upload</c> variable: a malformed request, 400 under both media types.</summary>
public sealed class UploadPlacementError : ExecutionError, IHttpStatusError
{
    public UploadPlacementError(string message)
        : base(message) => Code = ErrorCodes.InvalidRequest;

    public int StatusCode => StatusCodes.Status400BadRequest;
}
