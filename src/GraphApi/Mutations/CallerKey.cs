using GraphApi.Connections;
using GraphApi.Identity;
using GraphQL;

namespace GraphApi.Mutations;

public static class CallerKey
{
    public static ConnectionKey From(IResolveFieldContext context) =>
        ConnectionKey.For(Caller.From(context.User!) ?? throw new ExecutionError("The caller's token has no 'sub' claim.") { Code = "UNAUTHENTICATED" });
}
