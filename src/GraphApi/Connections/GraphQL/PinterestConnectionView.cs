namespace GraphApi.Connections.GraphQL;

/// <summary>What a caller may know about their own connection: never a token.</summary>
public sealed record PinterestConnectionView(
    ConnectionStatus Status,
    IReadOnlyList<string> GrantedScopes,
    IReadOnlyList<string> MissingScopes,
    DateTimeOffset? AccessTokenExpiresAt,
    DateTimeOffset? RefreshTokenExpiresAt,
    DateTimeOffset? ConnectedAt)
{
    public static PinterestConnectionView From(PinterestConnection? connection, IReadOnlyList<string> requestedScopes)
    {
        if (connection is null)
        {
            return new(ConnectionStatus.NotConnected, [], [.. requestedScopes], null, null, null);
        }

        var granted = connection.GrantedScopes.Order(StringComparer.Ordinal).ToList();
        var missing = requestedScopes.Where(s => !connection.GrantedScopes.Contains(s)).ToList();
        return new(connection.Status, granted, missing, connection.Tokens.AccessTokenExpiresAt, connection.Tokens.RefreshTokenExpiresAt, connection.CreatedAt);
    }
}
