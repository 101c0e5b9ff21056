using GraphApi.Http;
using GraphQL;

namespace GraphApi.Execution.Limits;

/// <summary>A document refused by a limit before validation: 400 under both media types, nothing was executed.</summary>
public sealed class DocumentLimitError : ExecutionError, IHttpStatusError
{
    public DocumentLimitError(string code, string message)
        : base(message) => Code = code;

    public int StatusCode => StatusCodes.Status400BadRequest;
}
