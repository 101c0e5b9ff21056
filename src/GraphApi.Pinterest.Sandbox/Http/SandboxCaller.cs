namespace GraphApi.Pinterest.Sandbox.Http;

/// <summary>The demo user and scopes behind a validated access token.</summary>
internal sealed record SandboxCaller(string UserId, string Username, IReadOnlySet<string> Scopes)
{
    public bool Has(string scope) => Scopes.Contains(scope);
}
