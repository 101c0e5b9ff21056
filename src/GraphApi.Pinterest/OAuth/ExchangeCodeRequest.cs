namespace GraphApi.Pinterest.OAuth;

/// <summary>The <c>authorization_code</c> grant (<c>OauthAccessTokenRequestCode</c>).</summary>
public sealed record ExchangeCodeRequest
{
    /// <summary>The <c>code</c> from the redirect.</summary>
    public required string Code { get; init; }

    /// <summary>The same redirect URI as in the authorization URL.</summary>
    public required Uri RedirectUri { get; init; }

    /// <summary>
    /// Sends <c>continuous_refresh=true</c>: apps created before 2025-09-25 need it to get the continuous
    /// (60-day, rotating) refresh token. Described only in the operation text, not in the schema.
    /// </summary>
    public bool ContinuousRefresh { get; init; }

    /// <summary>The app that authenticates on the token endpoint; null: the configured app.</summary>
    public PinterestAppCredentials? App { get; init; }

    /// <summary>Leaves the code out.</summary>
    public override string ToString() => $"ExchangeCodeRequest {{ RedirectUri = {RedirectUri}, ContinuousRefresh = {ContinuousRefresh} }}";
}
