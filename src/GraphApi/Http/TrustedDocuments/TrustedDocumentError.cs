using GraphQL;

namespace GraphApi.Http.TrustedDocuments;

/// <summary>A trusted-document refusal with a fixed HTTP status (the endpoint reads <see cref="IHttpStatusError"/>).</summary>
internal sealed class TrustedDocumentError : ExecutionError, IHttpStatusError
{
    public TrustedDocumentError(string code, string message)
        : base(message)
    {
        Code = code;
    }

    public int StatusCode => StatusCodes.Status400BadRequest;
}
