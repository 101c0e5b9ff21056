using System.Security.Cryptography;
using System.Text;

namespace GraphApi.Http.TrustedDocuments;

/// <summary>
/// SHA-256 document identifiers (GraphQL-over-HTTP persisted documents: <c>sha256:</c> + 64 lowercase hex of the
/// UTF-8 source text; Apollo APQ's <c>sha256Hash</c> is the same hex without the prefix).
/// </summary>
internal static class DocumentHash
{
    public const string Prefix = "sha256:";
    public const int HexLength = 64;

    /// <summary>The lowercase hex SHA-256 of the text's UTF-8 bytes.</summary>
    public static string Of(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>Exactly 64 lowercase hex digits (the spec's form; uppercase is refused, not folded).</summary>
    public static bool IsHex(string? value)
    {
        if (value is null || value.Length != HexLength)
        {
            return false;
        }

        foreach (var c in value)
        {
            if (c is not ((>= '0' and <= '9') or (>= 'a' and <= 'f')))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Reads a <c>documentId</c>: the spec's SHA-256 hex identifier <c>sha256:&lt;64 lowercase hex&gt;</c>, or the same 64
    /// lowercase hex without the prefix. The appendix leaves the meaning of a colon-free (custom) identifier to the server;
    /// here it means only that hash, because it is what GraphQL Code Generator's client preset puts in
    /// <c>document.__meta__.hash</c> (and keys <c>persisted-documents.json</c> by), so a client sends it as it is.
    /// Everything else is refused rather than guessed: uppercase (not folded), SHA-1's 40 digits (codegen's default
    /// algorithm), Relay's 32-digit MD5, other prefixes, other lengths.
    /// </summary>
    public static bool TryParseDocumentId(string? documentId, out string hex)
    {
        hex = "";
        if (documentId is null)
        {
            return false;
        }

        var candidate = documentId.StartsWith(Prefix, StringComparison.Ordinal) ? documentId[Prefix.Length..] : documentId;
        if (!IsHex(candidate))
        {
            return false;
        }

        hex = candidate;
        return true;
    }
}
