using GraphApi.Identity;

namespace GraphApi.Connections;

/// <summary>One Pinterest connection per (tenant, user): the caller's identity, never a Pinterest user id.</summary>
public sealed record ConnectionKey(string TenantId, string UserId)
{
    public static ConnectionKey For(Caller caller) => new(caller.TenantId, caller.UserId);
}
