using GraphApi.Pinterest.Sandbox.Data;
using GraphApi.Pinterest.Sandbox.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GraphApi.Pinterest.Sandbox.OAuth;

/// <summary>Authorization codes, token pairs, rotation and bearer validation, all backed by SQLite.</summary>
internal sealed class SandboxTokenService(SandboxDbContext db, IOptions<SandboxOptions> options, TimeProvider time) : ISandboxTokenIssuer
{
    private readonly SandboxOptions _options = options.Value;

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    public async Task<SandboxTokenSet> IssueAsync(string username, IReadOnlyCollection<string> scopes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scopes);
        var user = await db.Users.SingleOrDefaultAsync(u => u.Username == username, cancellationToken)
            ?? throw new ArgumentException($"'{username}' is not a sandbox user. Known users: {string.Join(", ", SandboxDemoUsers.All)}.", nameof(username));
        return await IssuePairAsync(user, scopes.Distinct(StringComparer.Ordinal).ToList(), cancellationToken);
    }

    public async Task<string> CreateCodeAsync(UserEntity user, IReadOnlyList<string> scopes, string redirectUri, CancellationToken cancellationToken)
    {
        var code = TokenHasher.NewCode();
        db.AuthorizationCodes.Add(new AuthorizationCodeEntity
        {
            CodeHash = TokenHasher.Hash(code),
            UserId = user.Id,
            Scopes = SandboxScopes.Join(scopes),
            RedirectUri = redirectUri,
            ExpiresAt = Now + _options.AuthorizationCodeLifetime,
        });
        await db.SaveChangesAsync(cancellationToken);
        return code;
    }

    public async Task<TokenGrantResult> RedeemCodeAsync(string code, string redirectUri, CancellationToken cancellationToken)
    {
        var entity = await db.AuthorizationCodes.FindAsync([TokenHasher.Hash(code)], cancellationToken);
        if (entity is null || entity.ExpiresAt <= Now)
        {
            return TokenGrantResult.Fail(400, 1, "Invalid authorization code: it is unknown or has expired.");
        }

        if (entity.RedeemedAt is not null)
        {
            return TokenGrantResult.Fail(400, 1, "Invalid authorization code: it has already been used.");
        }

        if (!string.Equals(entity.RedirectUri, redirectUri, StringComparison.Ordinal))
        {
            return TokenGrantResult.Fail(400, 1, "redirect_uri does not match the one used to obtain the authorization code.");
        }

        entity.RedeemedAt = Now;
        var user = await db.Users.SingleAsync(u => u.Id == entity.UserId, cancellationToken);
        return new TokenGrantResult(await IssuePairAsync(user, SandboxScopes.Parse(entity.Scopes), cancellationToken));
    }

    /// <summary>Rotates: the presented refresh token dies and a new pair is returned.</summary>
    public async Task<TokenGrantResult> RefreshAsync(string refreshToken, string? requestedScope, CancellationToken cancellationToken)
    {
        var entity = await db.Tokens.FindAsync([TokenHasher.Hash(refreshToken)], cancellationToken);
        if (entity is not { Kind: TokenEntity.Refresh, RevokedAt: null } || entity.ExpiresAt <= Now)
        {
            return TokenGrantResult.Fail(401, 2, "Authentication failed.");
        }

        var granted = SandboxScopes.Parse(entity.Scopes);
        var scopes = granted;
        if (!string.IsNullOrWhiteSpace(requestedScope))
        {
            scopes = SandboxScopes.Parse(requestedScope);
            if (scopes.Except(granted, StringComparer.Ordinal).Any())
            {
                return TokenGrantResult.Fail(400, 1, "The requested scope exceeds the scope granted by the resource owner.");
            }
        }

        entity.RevokedAt = Now;
        var user = await db.Users.SingleAsync(u => u.Id == entity.UserId, cancellationToken);
        return new TokenGrantResult(await IssuePairAsync(user, scopes, cancellationToken));
    }

    public async Task<SandboxCaller?> AuthenticateAsync(string accessToken, CancellationToken cancellationToken)
    {
        var hash = TokenHasher.Hash(accessToken);
        var now = Now;
        var found = await db.Tokens.AsNoTracking()
            .Where(t => t.TokenHash == hash && t.Kind == TokenEntity.Access && t.RevokedAt == null && t.ExpiresAt > now)
            .Join(db.Users, t => t.UserId, u => u.Id, (t, u) => new { t.Scopes, u.Id, u.Username })
            .SingleOrDefaultAsync(cancellationToken);
        return found is null
            ? null
            : new SandboxCaller(found.Id, found.Username, SandboxScopes.Parse(found.Scopes).ToHashSet(StringComparer.Ordinal));
    }

    private async Task<SandboxTokenSet> IssuePairAsync(UserEntity user, IReadOnlyList<string> scopes, CancellationToken cancellationToken)
    {
        var now = Now;
        var access = TokenHasher.NewAccessToken();
        var refresh = TokenHasher.NewRefreshToken();
        var joined = SandboxScopes.Join(scopes);
        db.Tokens.Add(new TokenEntity { TokenHash = TokenHasher.Hash(access), Kind = TokenEntity.Access, UserId = user.Id, Scopes = joined, ExpiresAt = now + _options.AccessTokenLifetime });
        db.Tokens.Add(new TokenEntity { TokenHash = TokenHasher.Hash(refresh), Kind = TokenEntity.Refresh, UserId = user.Id, Scopes = joined, ExpiresAt = now + _options.RefreshTokenLifetime });
        await db.SaveChangesAsync(cancellationToken);
        return new SandboxTokenSet(
            user.Username,
            access,
            new DateTimeOffset(now + _options.AccessTokenLifetime, TimeSpan.Zero),
            refresh,
            new DateTimeOffset(now + _options.RefreshTokenLifetime, TimeSpan.Zero),
            scopes);
    }
}
