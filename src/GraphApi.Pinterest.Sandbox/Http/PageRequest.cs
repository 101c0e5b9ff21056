using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace GraphApi.Pinterest.Sandbox.Http;

/// <summary>Pinterest bookmark pagination: <c>page_size</c> 1..250 (default 25) and an opaque <c>bookmark</c>.</summary>
internal sealed record PageRequest(int Offset, int PageSize)
{
    public const int DefaultPageSize = 25;
    public const int MaxPageSize = 250;
    private const string Prefix = "sbx1:";

    public static bool TryParse(HttpRequest request, out PageRequest page, out IResult? error, string sizeParameter = "page_size")
    {
        page = new PageRequest(0, DefaultPageSize);
        error = null;
        var size = DefaultPageSize;
        var rawSize = request.Query[sizeParameter].ToString();
        if (rawSize.Length > 0 && (!int.TryParse(rawSize, NumberStyles.None, CultureInfo.InvariantCulture, out size) || size < 1 || size > MaxPageSize))
        {
            error = SandboxErrors.InvalidParameters($"{sizeParameter} must be an integer between 1 and {MaxPageSize}.");
            return false;
        }

        var offset = 0;
        var bookmark = request.Query["bookmark"].ToString();
        if (bookmark.Length > 0 && !TryDecode(bookmark, out offset))
        {
            error = SandboxErrors.InvalidParameters("Invalid bookmark.");
            return false;
        }

        page = new PageRequest(offset, size);
        return true;
    }

    public static string Encode(int offset) =>
        WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(Prefix + offset.ToString(CultureInfo.InvariantCulture)));

    private static bool TryDecode(string bookmark, out int offset)
    {
        offset = 0;
        try
        {
            var text = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(bookmark));
            return text.StartsWith(Prefix, StringComparison.Ordinal)
                && int.TryParse(text.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out offset);
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
