using GraphApi.Accounts.Links;
namespace GraphApi.Execution.Scopes;

/// <summary>
/// What this request may do on Pinterest: the connection's status and the effective scopes (granted on the
/// connection, narrowed by the caller's token when it names Pinterest scopes). Decided once, before execution.
/// </summary>
public sealed record PinterestAccess(AccountLinkStatus Status, IReadOnlySet<string> GrantedScopes, IReadOnlySet<string> EffectiveScopes)
{
    /// <summary>Set when the caller's tenant's integration is disabled: every guarded field answers <c>PINTEREST_NOT_CONFIGURED</c> with it.</summary>
    public string? NotConfigured { get; init; }

    public static PinterestAccess NotConnected { get; } = new(AccountLinkStatus.NotConnected, new HashSet<string>(), new HashSet<string>());
}
