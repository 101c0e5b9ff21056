using Microsoft.AspNetCore.DataProtection;

namespace GraphApi.Accounts.Links;

/// <summary>Encrypts tokens at rest with ASP.NET Data Protection; the purpose string isolates them from other payloads.</summary>
internal sealed class TokenProtector(IDataProtectionProvider provider)
{
    public const string Purpose = "GraphApi.Connections.PinterestTokens.v1";

    private readonly IDataProtector _protector = provider.CreateProtector(Purpose);

    public string Protect(string token) => _protector.Protect(token);

    public string Unprotect(string protectedToken) => _protector.Unprotect(protectedToken);
}
