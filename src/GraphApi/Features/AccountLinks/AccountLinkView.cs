using GraphApi.Accounts.Links;

namespace GraphApi.Features.AccountLinks;

/// <summary>What a caller may know about their own connection: never a token.</summary>
public sealed record AccountLinkView(
    AccountLinkStatus Status,
    IReadOnlyList<string> GrantedScopes,
    IReadOnlyList<string> MissingScopes,
    DateTimeOffset? AccessTokenExpiresAt,
    DateTimeOffset? RefreshTokenExpiresAt,
    DateTimeOffset? ConnectedAt)
{
    public static AccountLinkView From(PinterestAccountLink? connection, IReadOnlyList<string> requestedScopes)
    {
        if (connection is null)
        {
            return new(AccountLinkStatus.NotConnected, [], [.. requestedScopes], null, null, null);
        }

        var granted = connection.GrantedScopes.Order(StringComparer.Ordinal).ToList();
        var missing = requestedScopes.Where(s => !connection.GrantedScopes.Contains(s)).ToList();
        return new(connection.Status, granted, missing, connection.Tokens.AccessTokenExpiresAt, connection.Tokens.RefreshTokenExpiresAt, connection.CreatedAt);
    }
}
