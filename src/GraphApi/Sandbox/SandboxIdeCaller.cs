using GraphApi.Ide;
using GraphApi.Pinterest.Sandbox;

namespace GraphApi.Sandbox;

/// <summary>
/// The IDE works as the demo pinner from its first query, whose sandbox Pinterest account is connected on first
/// use. Registered only when the sandbox mints caller tokens itself (no <c>Authentication</c> settings).
/// </summary>
internal sealed class SandboxIdeCaller(SandboxConnector connector, SandboxCallerTokens tokens) : IIdeDefaultCaller
{
    public async Task<string> BearerTokenAsync(CancellationToken cancellationToken)
    {
        await connector.EnsureConnectedAsync(SandboxDemoUsers.Pinner, cancellationToken);
        return tokens.Issue(SandboxDemoUsers.Pinner, null).Token;
    }
}
