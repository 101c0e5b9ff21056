using GraphApi.Execution.Errors;
using GraphQL;

namespace GraphApi.Schema.Relay;

public static class NodeErrors
{
    public static ExecutionError WrongType(string argument, string expected) =>
        new($"`{argument}` is the global ID of another type; expected a {expected} ID (global or Pinterest's).") { Code = ErrorCodes.InvalidArgument };
}
