using GraphApi.Accounts.Callers;
using GraphApi.Admin;
using GraphApi.Execution.Errors;
using GraphQL;

namespace GraphApi.Features.Admin;

/// <summary>Refuses admin fields to callers without the admin role, before any work: <c>FORBIDDEN</c>.</summary>
internal static class AdminGuard
{
    public static Caller Require(IResolveFieldContext context, AdminCaller admins)
    {
        var principal = context.User;
        if (principal is null || Caller.From(principal) is not { } caller || !admins.IsAdmin(principal))
        {
            throw new ExecutionError("Only an admin of this tenant may read or change its Pinterest integration (the admin role is set by Admin:RoleClaim and Admin:Role).")
            {
                Code = ErrorCodes.Forbidden,
            };
        }

        return caller;
    }
}
