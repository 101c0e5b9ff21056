using Microsoft.AspNetCore.DataProtection;

namespace GraphApi.Admin.Integration;

/// <summary>Encrypts app secrets at rest with Data Protection, under their own purpose (tokens cannot be decrypted as secrets, nor the reverse).</summary>
internal sealed class IntegrationSecretProtector(IDataProtectionProvider provider)
{
    public const string Purpose = "GraphApi.Integrations.ClientSecret.v1";

    private readonly IDataProtector _protector = provider.CreateProtector(Purpose);

    public string Protect(string secret) => _protector.Protect(secret);

    public string Unprotect(string protectedSecret) => _protector.Unprotect(protectedSecret);
}
