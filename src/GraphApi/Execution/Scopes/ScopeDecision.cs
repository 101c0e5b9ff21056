using GraphApi.Accounts.Links;
using GraphApi.Execution.Errors;
namespace GraphApi.Execution.Scopes;

/// <summary>Why a guarded field may not run for this request, as the error both modes report.</summary>
internal static class ScopeDecision
{
    /// <summary>Null when the field may run.</summary>
    public static ScopeDenial? Decide(ScopeRequirement requirement, PinterestAccess access, string fieldCoordinate)
    {
        if (access.NotConfigured is { } notConfigured)
        {
            return new ScopeDenial(ErrorCodes.NotConfigured, $"{fieldCoordinate} cannot run. {notConfigured}", requirement, []);
        }

        switch (access.Status)
        {
            case AccountLinkStatus.NotConnected:
                return new ScopeDenial(ErrorCodes.NotConnected,
                    $"{fieldCoordinate} needs a connected Pinterest account: run the connectPinterest mutation and approve Pinterest's consent page.",
                    requirement, []);
            case AccountLinkStatus.ReconnectRequired:
                return new ScopeDenial(ErrorCodes.ReconnectRequired,
                    $"{fieldCoordinate} cannot run: Pinterest no longer accepts this connection. Run connectPinterest again.",
                    requirement, []);
        }

        var missing = requirement.Missing(access.EffectiveScopes);
        if (missing is null)
        {
            return null;
        }

        var narrowed = missing.All(access.GrantedScopes.Contains);
        var why = narrowed ? "granted on the Pinterest connection but not allowed by the caller's token" : "not granted on the Pinterest connection";
        return new ScopeDenial(ErrorCodes.InsufficientScope,
            $"{fieldCoordinate} needs Pinterest scope {string.Join(", ", missing)} ({why}).", requirement, missing);
    }
}

/// <summary>One denied field: its code, message, what it requires and what is missing.</summary>
internal sealed record ScopeDenial(string Code, string Message, ScopeRequirement Requirement, IReadOnlyList<string> MissingScopes)
{
    public IReadOnlyDictionary<string, object?> Extensions => new Dictionary<string, object?>
    {
        ["requiredScopes"] = Requirement.AnyOf,
        ["missingScopes"] = MissingScopes,
    };
}
