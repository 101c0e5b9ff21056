namespace GraphApi.Pinterest.Sandbox;

/// <summary>Mints tokens for a demo user without the consent page (host pre-connect, tests, demos).</summary>
public interface ISandboxTokenIssuer
{
    /// <exception cref="ArgumentException">The username is not a sandbox user.</exception>
    Task<SandboxTokenSet> IssueAsync(string username, IReadOnlyCollection<string> scopes, CancellationToken cancellationToken = default);
}
