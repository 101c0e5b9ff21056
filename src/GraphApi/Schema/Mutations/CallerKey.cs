using GraphApi.Accounts.Callers;
using GraphApi.Accounts.Links;
using GraphApi.Execution.Errors;
using GraphQL;

namespace GraphApi.Schema.Mutations;

public static class CallerKey
{
    public static AccountLinkKey From(IResolveFieldContext context) =>
        AccountLinkKey.For(Caller.From(context.User!) ?? throw new ExecutionError("The caller's token has no 'sub' claim.") { Code = ErrorCodes.Unauthenticated });
}
