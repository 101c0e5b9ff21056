namespace GraphApi.Pinterest.OAuth;

/// <summary>The <c>refresh_token</c> grant (<c>OauthAccessTokenRequestRefresh</c>).</summary>
public sealed record RefreshTokenRequest
{
    /// <summary>The current refresh token; the response carries its replacement.</summary>
    public required string RefreshToken { get; init; }

    /// <summary>Optionally narrow the new token to a subset of the granted scopes.</summary>
    public IReadOnlyList<string>? Scopes { get; init; }

    /// <summary>Sends <c>continuous_refresh=true</c> (apps created before 2025-09-25).</summary>
    public bool ContinuousRefresh { get; init; }

    /// <summary>The app that authenticates on the token endpoint; null: the configured app.</summary>
    public PinterestAppCredentials? App { get; init; }

    /// <summary>Leaves the token out.</summary>
    public override string ToString() => $"RefreshTokenRequest {{ Scopes = {string.Join(',', Scopes ?? [])}, ContinuousRefresh = {ContinuousRefresh} }}";
}
