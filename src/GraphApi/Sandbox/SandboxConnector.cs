using GraphApi.Accounts.Links;
using GraphApi.Pinterest.Sandbox;
using GraphApi.Upstream;
using Microsoft.Extensions.Options;

namespace GraphApi.Sandbox;

/// <summary>Connects a demo user's sandbox Pinterest account without the consent page (sandbox mode only).</summary>
internal sealed class SandboxConnector(ISandboxTokenIssuer issuer, IAccountLinkStore store, IOptions<PinterestOptions> options)
{
    /// <summary>Stores a connection for the demo user with <paramref name="scopes"/> (all configured scopes when null).</summary>
    public async Task<IReadOnlyList<string>> ConnectAsync(string user, IReadOnlyList<string>? scopes, CancellationToken cancellationToken)
    {
        var granted = await issuer.IssueAsync(user, scopes ?? options.Value.EffectiveScopes, cancellationToken);
        await store.SaveAsync(new AccountLinkKey("", user), new PinterestTokenSet(
            granted.AccessToken,
            granted.RefreshToken,
            granted.Scopes.ToHashSet(StringComparer.Ordinal),
            granted.AccessTokenExpiresAt,
            granted.RefreshTokenExpiresAt), cancellationToken);
        return granted.Scopes;
    }

    /// <summary>Connects the user only if they have no connection yet (the IDE's demo user).</summary>
    public async Task EnsureConnectedAsync(string user, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(new AccountLinkKey("", user), cancellationToken) is null)
        {
            await ConnectAsync(user, null, cancellationToken);
        }
    }
}
