using GraphApi.Schema.Mutations;
namespace GraphApi.Features.AccountLinks;

public sealed record CompletePinterestConnectionPayload(AccountLinkView? Connection, IReadOnlyList<UserError> Errors) : IPayload;

/// <summary>A connect flow that could not be completed: another caller's consent, an unknown, used or expired completion, or a refused code.</summary>
public sealed record ConnectFlowError(string Code, string Message) : UserError(Code, Message);

public sealed class ConnectFlowErrorType() : UserErrorType<ConnectFlowError>(
    "ConnectFlowError",
    "The connect flow could not be completed: CONNECT_CALLER_MISMATCH (someone else started it), CONNECT_COMPLETION_NOT_FOUND, CONNECT_COMPLETION_EXPIRED or CONNECT_EXCHANGE_FAILED. Nothing was connected.");

/// <summary>The one mutation with errors of its own: the shared set plus <see cref="ConnectFlowError"/>.</summary>
public sealed class CompletePinterestConnectionErrorType : UserErrorUnion
{
    public CompletePinterestConnectionErrorType()
        : base("CompletePinterestConnectionError", "Why CompletePinterestConnection did not happen.") => Type<ConnectFlowErrorType>();
}

public sealed class CompletePinterestConnectionPayloadType : PayloadType<CompletePinterestConnectionPayload, CompletePinterestConnectionErrorType>
{
    public CompletePinterestConnectionPayloadType()
        : base("CompletePinterestConnectionPayload", "The result of completePinterestConnection.") =>
        Field<AccountLinkType>("connection").Description("The caller's connection, now connected; null on failure.").Resolve(c => c.Source.Connection);
}
