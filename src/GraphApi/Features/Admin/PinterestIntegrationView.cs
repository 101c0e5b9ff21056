using GraphApi.Admin.Integration;

namespace GraphApi.Features.Admin;

/// <summary>What an admin may read of the tenant's integration: never the secret, only whether one is set.</summary>
public sealed record PinterestIntegrationView(
    string TenantId,
    string? ClientId,
    bool HasClientSecret,
    IReadOnlyList<string> Scopes,
    Uri RedirectUri,
    AccessTier Tier,
    bool Enabled,
    bool Stored,
    DateTimeOffset? UpdatedAt)
{
    public static PinterestIntegrationView From(TenantApp app, Uri redirectUri) => new(
        app.TenantId,
        app.ClientId,
        !string.IsNullOrEmpty(app.ClientSecret),
        app.Scopes,
        redirectUri,
        app.Tier,
        app.Enabled,
        app.Stored,
        app.UpdatedAt);
}

/// <summary>One of Pinterest's scopes as the admin page lists it.</summary>
public sealed record IntegrationScopeView(string Name, string Description, bool Selected, bool Required);
