namespace GraphApi.Pinterest.Sandbox.Tests.Infrastructure;

internal static class Scopes
{
    public static readonly string[] All =
    [
        "user_accounts:read", "user_accounts:write", "boards:read", "boards:read_secret", "boards:write", "boards:write_secret",
        "pins:read", "pins:read_secret", "pins:write", "pins:write_secret", "ads:read", "ads:write", "billing:read", "billing:write",
        "catalogs:read", "catalogs:write",
    ];

    public static readonly string[] PublicReadWrite = ["user_accounts:read", "boards:read", "boards:write", "pins:read", "pins:write"];
}
