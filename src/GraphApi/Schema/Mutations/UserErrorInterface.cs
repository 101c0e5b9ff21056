using GraphQL.Types;

namespace GraphApi.Schema.Mutations;

public sealed class UserErrorInterface : InterfaceGraphType<UserError>
{
    public UserErrorInterface()
    {
        Name = "UserError";
        Description = "A reason a mutation did not happen, returned as data.";
        Field(e => e.Code).Description("A stable code, e.g. NOT_FOUND, VALIDATION_FAILED, RATE_LIMITED.");
        Field(e => e.Message).Description("What went wrong, for people.");
    }
}
