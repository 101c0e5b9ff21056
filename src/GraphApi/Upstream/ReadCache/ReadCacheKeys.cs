using System.Security.Cryptography;
using System.Text;
using GraphApi.Accounts.Callers;
using GraphApi.Accounts.Links;
using GraphApi.Cluster;

namespace GraphApi.Upstream.ReadCache;

/// <summary>
/// The cache's key and tag names: SHA-256 hashes, so no tenant, user, board or pin id and no token appears in a Redis
/// key name (the values are encrypted separately). Fields are length-prefixed before hashing, so no two different
/// tuples hash the same input ("ab"+"c" vs "a"+"bc").
/// </summary>
internal static class ReadCacheKeys
{
    /// <summary>
    /// One answer: the caller (tenant, user), the link's version (a reconnect or token change starts clean), the
    /// effective scopes (the link's grant narrowed by the caller token's scopes), the method and the path with its query. Not the host: instances sharing a Redis namespace all talk to the same
    /// Pinterest, and in sandbox mode each instance's base address is its own (the emulator mounted in it).
    /// </summary>
    public static string Entry(Caller caller, PinterestAccountLink link, HttpMethod method, Uri uri)
    {
        var scopes = caller.TokenPinterestScopes is { } narrowed
            ? link.GrantedScopes.Where(narrowed.Contains)
            : link.GrantedScopes;
        return "a:" + Hash(
            caller.TenantId,
            caller.UserId,
            link.Version.ToString("N"),
            string.Join(' ', scopes.Order(StringComparer.Ordinal)),
            method.Method,
            uri.PathAndQuery);
    }

    /// <summary>Every answer of one caller's link, whatever its version: what a write or a disconnect invalidates.</summary>
    public static string Link(AccountLinkKey key) => "l:" + ClusterKeyHash.Of(key);

    private static string Hash(params string[] fields)
    {
        var builder = new StringBuilder();
        foreach (var field in fields)
        {
            builder.Append(field.Length).Append(':').Append(field).Append('|');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(builder.ToString())));
    }
}
