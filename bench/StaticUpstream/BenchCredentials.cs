namespace GraphApi.Bench.StaticUpstream;

/// <summary>
/// The fixed OAuth app and tokens of the static upstream. They are public benchmark constants, not secrets: the
/// upstream only ever listens on loopback and holds nothing but generated data.
/// </summary>
public static class BenchCredentials
{
    public const string ClientId = "bench-client-id";
    public const string ClientSecret = "bench-client-secret";
    public const string AccessToken = "bench-access-token";
    public const string RefreshToken = "bench-refresh-token";

    /// <summary>Every user scope, so no gateway field is refused for a missing scope.</summary>
    public const string Scopes = "boards:read,boards:read_secret,boards:write,boards:write_secret,pins:read,pins:read_secret,pins:write,pins:write_secret,user_accounts:read,user_accounts:write";

    /// <summary>The whole expected header value, compared as one string (no parsing on the hot path).</summary>
    public const string BearerHeader = "Bearer " + AccessToken;
}
