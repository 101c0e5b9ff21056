namespace GraphApi.Accounts.Callers;

/// <summary>Pinterest's OAuth scope names, as the official description lists them.</summary>
public static class PinterestScopeNames
{
    public static IReadOnlyList<string> All { get; } =
    [
        "ads:read", "ads:write", "billing:read", "billing:write", "biz_access:read", "biz_access:write",
        "boards:read", "boards:read_secret", "boards:write", "boards:write_secret", "catalogs:read", "catalogs:write", "msot:write",
        "pins:read", "pins:read_secret", "pins:write", "pins:write_secret", "user_accounts:read", "user_accounts:write",
    ];

    private static readonly HashSet<string> Known = new(All, StringComparer.Ordinal);

    public static bool IsPinterestScope(string value) => Known.Contains(value);
}
