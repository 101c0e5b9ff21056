namespace GraphApi.Pinterest.Sandbox.Http;

internal static class SandboxScopes
{
    public const string UserAccountsRead = "user_accounts:read";
    public const string UserAccountsWrite = "user_accounts:write";
    public const string BoardsRead = "boards:read";
    public const string BoardsReadSecret = "boards:read_secret";
    public const string BoardsWrite = "boards:write";
    public const string BoardsWriteSecret = "boards:write_secret";
    public const string PinsRead = "pins:read";
    public const string PinsReadSecret = "pins:read_secret";
    public const string PinsWrite = "pins:write";
    public const string PinsWriteSecret = "pins:write_secret";
    public const string AdsRead = "ads:read";
    public const string AdsWrite = "ads:write";
    public const string BillingRead = "billing:read";
    public const string BillingWrite = "billing:write";
    public const string BizAccessRead = "biz_access:read";
    public const string BizAccessWrite = "biz_access:write";

    /// <summary>The organic scopes a demo user can grant on the consent page.</summary>
    public static IReadOnlyList<string> Known { get; } =
    [
        UserAccountsRead, UserAccountsWrite, BoardsRead, BoardsReadSecret, BoardsWrite, BoardsWriteSecret,
        PinsRead, PinsReadSecret, PinsWrite, PinsWriteSecret, AdsRead, AdsWrite, "catalogs:read", "catalogs:write",
        BillingRead, BillingWrite,
        BizAccessRead, BizAccessWrite,
    ];

    /// <summary>Pinterest joins scopes with commas; spaces are accepted too.</summary>
    public static IReadOnlyList<string> Parse(string? value) =>
        (value ?? string.Empty)
            .Split([',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.Ordinal)
            .ToList();

    public static string Join(IEnumerable<string> scopes) => string.Join(',', scopes);
}
