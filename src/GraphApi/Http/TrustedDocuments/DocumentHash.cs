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

    /// <summary>Reads a <c>documentId</c>: only <c>sha256:&lt;64 lowercase hex&gt;</c> is accepted.</summary>
    public static bool TryParseDocumentId(string? documentId, out string hex)
    {
        hex = "";
        if (documentId is null || !documentId.StartsWith(Prefix, StringComparison.Ordinal) || !IsHex(documentId[Prefix.Length..]))
        {
            return false;
        }

        hex = documentId[Prefix.Length..];
        return true;
    }
}
