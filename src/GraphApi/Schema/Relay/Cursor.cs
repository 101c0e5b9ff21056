using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace GraphApi.Schema.Relay;

/// <summary>
/// An opaque edge cursor: the Pinterest bookmark of the page the edge came from plus how many items of that page
/// to skip. Pinterest only has page bookmarks, so this is what makes every edge (not just the last) resumable.
/// </summary>
public static class Cursor
{
    private const string Prefix = "c1:";

    public static string Encode(string? bookmark, int skip) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{Prefix}{skip.ToString(CultureInfo.InvariantCulture)}:{bookmark}"));

    public static (string? Bookmark, int Skip)? Decode(string cursor)
    {
        if (string.IsNullOrEmpty(cursor) || !Base64Url.IsValid(cursor))
        {
            return null;
        }

        var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
        if (!text.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var rest = text[Prefix.Length..];
        var colon = rest.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && int.TryParse(rest[..colon], NumberStyles.None, CultureInfo.InvariantCulture, out var skip) && skip <= ConnectionPaging.MaxFirst
            ? (rest[(colon + 1)..] is { Length: > 0 } bookmark ? bookmark : null, skip)
            : null;
    }
}
