namespace GraphApi.Sandbox;

/// <summary>
/// The sandbox's own caller-token key, generated into the data folder on first start. It is the only key
/// <see cref="SandboxCallerTokens"/> ever signs with, and it exists only when no caller authentication is
/// configured: an operator's <c>Authentication:SigningKey</c> is never used to mint tokens for anonymous callers.
/// </summary>
internal sealed record SandboxCallerKey(string Base64)
{
    public const string FileName = "sandbox-jwt-signing-key";
}
