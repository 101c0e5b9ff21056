namespace GraphApi.Execution.Scopes;

/// <summary>What happens to fields the request's scopes do not allow, bound from <c>Authorization</c>.</summary>
public sealed class ScopeAuthorizationOptions
{
    public const string SectionName = "Authorization";

    public ScopeAuthorizationMode Mode { get; set; } = ScopeAuthorizationMode.Filter;
}

public enum ScopeAuthorizationMode
{
    /// <summary>Unauthorized fields resolve to null with an error; the rest of the query runs.</summary>
    Filter,

    /// <summary>The whole request fails with 403 and one error per offending field.</summary>
    Reject,
}
