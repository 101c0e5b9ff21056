using GraphApi.Accounts.Callers;
namespace GraphApi.Accounts.Links;

/// <summary>One Pinterest account link per (tenant, user): the caller's identity, never a Pinterest user id.</summary>
public sealed record AccountLinkKey(string TenantId, string UserId)
{
    public static AccountLinkKey For(Caller caller) => new(caller.TenantId, caller.UserId);
}
