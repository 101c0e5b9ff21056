using GraphApi.Accounts.Connect;
using GraphApi.Accounts.Links;
using GraphApi.Pinterest.OAuth;
namespace GraphApi.Tests.Accounts.Connect;

/// <summary>Pinterest's token endpoint, counted: each call mints new tokens; refresh can be made slow or dead.</summary>
public sealed class FakePinterestOAuthFlow : IPinterestOAuthFlow
{
    private int _exchanges;
    private int _refreshes;

    public int Exchanges => _exchanges;

    public int Refreshes => _refreshes;

    public TimeSpan RefreshDelay { get; set; }

    public bool RefreshTokenDead { get; set; }

    public bool ExchangeFails { get; set; }

    /// <summary>When set, every refresh (after its delay) throws what this makes, e.g. an unavailable token endpoint.</summary>
    public Func<Exception>? RefreshFailure { get; set; }

    public string[] GrantedScopes { get; set; } = ["boards:read", "pins:read", "user_accounts:read"];

    public TimeSpan AccessLifetime { get; set; } = TimeSpan.FromDays(30);

    public List<string> IssuedTokens { get; } = [];

    /// <summary>The app of every exchange and refresh, in order (the tenant's app they were made for).</summary>
    public List<PinterestAppCredentials> Apps { get; } = [];

    public Uri BuildAuthorizationUrl(PinterestAppCredentials app, Uri redirectUri, IReadOnlyList<string> scopes, string state) =>
        new($"https://consent.test/oauth/?client_id={Uri.EscapeDataString(app.ClientId)}&redirect_uri={Uri.EscapeDataString(redirectUri.AbsoluteUri)}&response_type=code&scope={string.Join(',', scopes)}&state={state}");

    public Task<PinterestTokenSet> ExchangeCodeAsync(PinterestAppCredentials app, string code, Uri redirectUri, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _exchanges);
        Record(app);
        return ExchangeFails ? throw new HttpRequestException("token endpoint failed") : Task.FromResult(Mint());
    }

    public async Task<PinterestTokenSet> RefreshAsync(PinterestAppCredentials app, string refreshToken, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _refreshes);
        Record(app);
        await Task.Delay(RefreshDelay, cancellationToken);
        if (RefreshFailure is { } failure)
        {
            throw failure();
        }

        return RefreshTokenDead ? throw new PinterestRefreshRejectedException("Authentication failed.") : Mint();
    }

    private void Record(PinterestAppCredentials app)
    {
        lock (Apps)
        {
            Apps.Add(app);
        }
    }

    private PinterestTokenSet Mint()
    {
        var tokens = new PinterestTokenSet(
            "fake-access-" + Guid.NewGuid().ToString("N"),
            "fake-refresh-" + Guid.NewGuid().ToString("N"),
            GrantedScopes.ToHashSet(),
            DateTimeOffset.UtcNow.Add(AccessLifetime),
            DateTimeOffset.UtcNow.AddDays(60));
        lock (IssuedTokens)
        {
            IssuedTokens.Add(tokens.AccessToken);
            IssuedTokens.Add(tokens.RefreshToken);
        }

        return tokens;
    }
}
