using GraphApi.Pinterest.OAuth;

namespace GraphApi.Admin.Integration;

/// <summary>
/// The Pinterest app a tenant's callers connect with: the admin's saved settings, or else the settings file's
/// (<c>Pinterest:ClientId</c>, <c>Pinterest:ClientSecret</c>, <c>Pinterest:Scopes</c>). Held in memory only; the secret
/// never leaves the gateway except as HTTP Basic credentials to Pinterest's token endpoint.
/// </summary>
public sealed record TenantApp(
    string TenantId,
    string? ClientId,
    string? ClientSecret,
    IReadOnlyList<string> Scopes,
    AccessTier Tier,
    bool Enabled,
    bool Stored,
    DateTimeOffset? UpdatedAt)
{
    /// <summary>The credentials to call Pinterest with, or null when the app cannot be used (disabled or incomplete).</summary>
    public PinterestAppCredentials? Credentials =>
        Enabled && !string.IsNullOrWhiteSpace(ClientId) && !string.IsNullOrWhiteSpace(ClientSecret) ? new(ClientId, ClientSecret) : null;

    /// <summary>Why <see cref="Credentials"/> is null, for <c>PINTEREST_NOT_CONFIGURED</c>.</summary>
    public string NotConfiguredMessage => Enabled
        ? "Pinterest is not configured for this tenant: an admin must set the app's client ID and secret in the integration settings."
        : "Pinterest is disabled for this tenant: an admin has switched the integration off. Existing connections are kept and work again once it is enabled.";

    /// <summary>The app's credentials, or <see cref="Accounts.Links.PinterestNotConfiguredException"/>.</summary>
    public PinterestAppCredentials RequireCredentials() => Credentials ?? throw new Accounts.Links.PinterestNotConfiguredException(NotConfiguredMessage);

    /// <summary>Leaves the secret out.</summary>
    public override string ToString() => $"TenantApp {{ TenantId = {TenantId}, ClientId = {ClientId}, Enabled = {Enabled}, Stored = {Stored} }}";
}
