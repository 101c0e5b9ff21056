namespace GraphApi.Pinterest.OAuth;

/// <summary>
/// Pinterest's OAuth scopes, spelled once: the ones the organic API uses (each operation's scopes are its
/// <c>security</c> requirement in Pinterest's OpenAPI description, tests/Shared/pinterest-openapi.json.gz), and in
/// <see cref="All"/> every scope that description defines, so a configured or token-borne scope can be checked.
/// </summary>
public static class PinterestScopes
{
    /// <summary>Advertising data: ads, ad groups, campaigns.</summary>
    public const string AdsRead = "ads:read";

    /// <summary>Create, update or delete ads, ad groups, campaigns.</summary>
    public const string AdsWrite = "ads:write";

    /// <summary>Billing data and profiles.</summary>
    public const string BillingRead = "billing:read";

    /// <summary>Create, update or delete billing data and profiles.</summary>
    public const string BillingWrite = "billing:write";

    /// <summary>Business access data.</summary>
    public const string BizAccessRead = "biz_access:read";

    /// <summary>Create, update or delete business access data.</summary>
    public const string BizAccessWrite = "biz_access:write";

    /// <summary>Catalogs data.</summary>
    public const string CatalogsRead = "catalogs:read";

    /// <summary>Create, update or delete catalogs data.</summary>
    public const string CatalogsWrite = "catalogs:write";

    /// <summary>Create measurement source of truth events.</summary>
    public const string MsotWrite = "msot:write";

    /// <summary>Public boards, including joined group boards.</summary>
    public const string BoardsRead = "boards:read";

    /// <summary>Secret boards.</summary>
    public const string BoardsReadSecret = "boards:read_secret";

    /// <summary>Create, update or delete public boards.</summary>
    public const string BoardsWrite = "boards:write";

    /// <summary>Create, update or delete secret boards.</summary>
    public const string BoardsWriteSecret = "boards:write_secret";

    /// <summary>Public Pins.</summary>
    public const string PinsRead = "pins:read";

    /// <summary>Secret Pins.</summary>
    public const string PinsReadSecret = "pins:read_secret";

    /// <summary>Create, update or delete public Pins.</summary>
    public const string PinsWrite = "pins:write";

    /// <summary>Create, update or delete secret Pins.</summary>
    public const string PinsWriteSecret = "pins:write_secret";

    /// <summary>The user's account and followers.</summary>
    public const string UserAccountsRead = "user_accounts:read";

    /// <summary>Update the user's account and followers.</summary>
    public const string UserAccountsWrite = "user_accounts:write";

    /// <summary>Every scope Pinterest's OAuth description defines, in its order.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        AdsRead, AdsWrite, BillingRead, BillingWrite, BizAccessRead, BizAccessWrite,
        BoardsRead, BoardsReadSecret, BoardsWrite, BoardsWriteSecret, CatalogsRead, CatalogsWrite, MsotWrite,
        PinsRead, PinsReadSecret, PinsWrite, PinsWriteSecret, UserAccountsRead, UserAccountsWrite,
    ];

    /// <summary>What each scope lets an app do, as Pinterest's OAuth description says it (the summaries above).</summary>
    public static IReadOnlyDictionary<string, string> Descriptions { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [AdsRead] = "Advertising data: ads, ad groups, campaigns.",
        [AdsWrite] = "Create, update or delete ads, ad groups, campaigns.",
        [BillingRead] = "Billing data and profiles.",
        [BillingWrite] = "Create, update or delete billing data and profiles.",
        [BizAccessRead] = "Business access data.",
        [BizAccessWrite] = "Create, update or delete business access data.",
        [BoardsRead] = "Public boards, including joined group boards.",
        [BoardsReadSecret] = "Secret boards.",
        [BoardsWrite] = "Create, update or delete public boards.",
        [BoardsWriteSecret] = "Create, update or delete secret boards.",
        [CatalogsRead] = "Catalogs data.",
        [CatalogsWrite] = "Create, update or delete catalogs data.",
        [MsotWrite] = "Create measurement source of truth events.",
        [PinsRead] = "Public Pins.",
        [PinsReadSecret] = "Secret Pins.",
        [PinsWrite] = "Create, update or delete public Pins.",
        [PinsWriteSecret] = "Create, update or delete secret Pins.",
        [UserAccountsRead] = "The user's account and followers.",
        [UserAccountsWrite] = "Update the user's account and followers.",
    };

    private static readonly HashSet<string> Known = new(All, StringComparer.Ordinal);

    /// <summary>Whether <paramref name="value"/> is one of Pinterest's scopes (exact, case-sensitive).</summary>
    public static bool IsKnown(string value) => Known.Contains(value);
}
