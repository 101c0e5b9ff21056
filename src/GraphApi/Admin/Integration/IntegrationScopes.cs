using GraphApi.Pinterest.OAuth;

namespace GraphApi.Admin.Integration;

/// <summary>The scopes an integration may ask for, and the minimum every integration keeps.</summary>
public static class IntegrationScopes
{
    /// <summary>Without these the gateway cannot read the account, its boards or its Pins: an integration always asks for them.</summary>
    public static IReadOnlyList<string> Minimum { get; } = [PinterestScopes.UserAccountsRead, PinterestScopes.BoardsRead, PinterestScopes.PinsRead];

    /// <summary>Sorted, distinct, in the stored form.</summary>
    public static string Join(IEnumerable<string> scopes) => string.Join(' ', scopes.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));

    public static IReadOnlyList<string> Split(string stored) => stored.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
