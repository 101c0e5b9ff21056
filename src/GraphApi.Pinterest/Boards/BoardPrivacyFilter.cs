namespace GraphApi.Pinterest.Boards;

/// <summary>Values of the <c>privacy</c> filter of <c>boards/list</c>.</summary>
public static class BoardPrivacyFilter
{
    /// <summary>Every board the token may see.</summary>
    public const string All = "ALL";

    /// <summary>Public boards.</summary>
    public const string Public = "PUBLIC";

    /// <summary>Ad-only boards.</summary>
    public const string Protected = "PROTECTED";

    /// <summary>Secret boards.</summary>
    public const string Secret = "SECRET";

    /// <summary>Public and secret boards.</summary>
    public const string PublicAndSecret = "PUBLIC_AND_SECRET";
}
