using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace GraphApi.Accounts.Connect;

/// <summary>
/// The id of a pending connect completion: 128 random bits, base64url (22 characters). Only its SHA-256 is stored,
/// so a copy of the database does not hand out live completion ids.
/// </summary>
internal static class CompletionId
{
    public const int Length = 22;

    public static string New() => WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(16));

    /// <summary>True for text that can be an id; anything else is refused without touching the store.</summary>
    public static bool IsWellFormed(string? value) =>
        value is { Length: Length } && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    public static string Hash(string id) => Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(id)));
}
