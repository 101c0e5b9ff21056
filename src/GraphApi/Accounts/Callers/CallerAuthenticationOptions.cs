namespace GraphApi.Accounts.Callers;

/// <summary>
/// How callers' bearer JWTs are validated, bound from <c>Authentication</c>. Either an OIDC <see cref="Authority"/>
/// (keys from discovery/JWKS: Frontegg, Auth0, Entra ID...) or an <see cref="Issuer"/> with a symmetric
/// <see cref="SigningKey"/>; <see cref="Audience"/> in both cases.
/// </summary>
public sealed class CallerAuthenticationOptions
{
    public const string SectionName = "Authentication";

    public string? Authority { get; set; }

    public string Audience { get; set; } = "graphapi";

    public string? Issuer { get; set; }

    /// <summary>
    /// Base64 of at least 32 bytes. In sandbox mode with no Authentication settings at all, the gateway validates its
    /// own tokens with a key generated into the data folder instead (<c>Sandbox/SandboxCallerKey</c>).
    /// </summary>
    public string? SigningKey { get; set; }

    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>True when the operator configured how callers are trusted (an authority, an issuer or a key).</summary>
    public static bool IsConfigured(IConfiguration configuration) =>
        new[] { nameof(Authority), nameof(Issuer), nameof(SigningKey) }
            .Any(name => !string.IsNullOrWhiteSpace(configuration[$"{SectionName}:{name}"]));
}
