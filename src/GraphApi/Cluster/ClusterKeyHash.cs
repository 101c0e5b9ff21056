using System.Security.Cryptography;
using System.Text;
using GraphApi.Accounts.Links;

namespace GraphApi.Cluster;

/// <summary>
/// How a caller or connection is named in Redis keys, lock names and pub/sub messages: a SHA-256 of the identity, so an
/// operator browsing Redis (or its logs) sees no tenant or user id in clear. Length-prefixed, so ("a|b", "c") and
/// ("a", "b|c") never share a name. 128 bits of the digest: collisions are not a practical concern, and every cache
/// entry found by hash is still compared with its full key before it is answered.
/// </summary>
public static class ClusterKeyHash
{
    public static string Of(AccountLinkKey key) => Of(key.TenantId, key.UserId);

    public static string Of(string first, string second)
    {
        var text = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{first.Length}:{first}{second}");
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(text), digest);
        return Convert.ToHexStringLower(digest[..16]);
    }
}
