namespace GraphApi.Pinterest.OAuth;

/// <summary>OAuth scopes of the organic API.</summary>
public static class PinterestScopes
{
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
}
