namespace GraphApi.Pinterest.Boards;

/// <summary>
/// Board privacy values. Kept as strings, Stripe-style, so a value Pinterest adds later never breaks reading.
/// </summary>
public static class BoardPrivacy
{
    /// <summary>Visible to everyone.</summary>
    public const string Public = "PUBLIC";

    /// <summary>Ad-only board; cannot be set through an update.</summary>
    public const string Protected = "PROTECTED";

    /// <summary>Visible to the owner and collaborators; needs the <c>boards:*_secret</c> scopes.</summary>
    public const string Secret = "SECRET";
}
