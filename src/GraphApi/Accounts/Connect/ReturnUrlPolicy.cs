using System.Globalization;
using System.Text;
using GraphApi.Upstream;
using Microsoft.Extensions.Options;

namespace GraphApi.Accounts.Connect;

/// <summary>
/// Where the callback may send the browser back to: a path on this host, or a URL on a configured origin
/// (<c>Pinterest:AllowedReturnOrigins</c>). Anything else would make the gateway an open redirect.
/// </summary>
/// <remarks>
/// Browsers are lenient where servers are strict: they drop TAB/CR/LF anywhere in a URL, read <c>\</c> as <c>/</c>,
/// and treat <c>//host</c> as another origin. So the policy refuses every control character, every backslash and
/// every protocol-relative form (ASP.NET Core's IsLocalUrl rules for paths), and re-serialises what it accepts:
/// each part is percent-escaped (existing <c>%XX</c> escapes kept, everything outside RFC 3986's allowed characters
/// escaped as UTF-8), and an absolute URL's origin is the configured origin text, not the caller's.
/// </remarks>
internal sealed class ReturnUrlPolicy(IOptions<PinterestOptions> options)
{
    /// <summary>Longer return URLs are refused: a link this long is no page to come back to, and it rides in the state.</summary>
    public const int MaxLength = 2048;

    private const string Refused = "returnUrl is not allowed: use a path on this gateway (\"/app/settings\") or a URL on an origin listed in Pinterest:AllowedReturnOrigins.";

    public bool TryParse(string? returnUrl, out SafeReturnUrl? url, out string? problem)
    {
        url = null;
        problem = Check(returnUrl);
        if (problem is null)
        {
            url = returnUrl![0] == '/' ? Local(returnUrl) : Absolute(returnUrl);
            problem = url is null ? Refused : null;
        }

        return url is not null;
    }

    private static string? Check(string? returnUrl)
    {
        if (string.IsNullOrEmpty(returnUrl))
        {
            return "returnUrl is required: the page to come back to after Pinterest's consent page.";
        }

        if (returnUrl.Length > MaxLength)
        {
            return $"returnUrl is longer than {MaxLength} characters.";
        }

        foreach (var c in returnUrl)
        {
            // C0, DEL, C1, the Unicode line and paragraph separators, and backslashes (browsers read them as '/').
            if (char.IsControl(c) || c is '\u2028' or '\u2029' or '\\')
            {
                return "returnUrl contains a control character or a backslash.";
            }
        }

        return null;
    }

    /// <summary>IsLocalUrl's rule for paths: "/" alone or "/x" where x is neither '/' nor '\'.</summary>
    private static SafeReturnUrl? Local(string value)
    {
        if (value.Length > 1 && value[1] is '/' or '\\')
        {
            return null;
        }

        return Split(value, null);
    }

    private SafeReturnUrl? Absolute(string value)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            || uri.UserInfo.Length > 0
            || uri.HostNameType is UriHostNameType.Unknown or UriHostNameType.Basic)
        {
            return null;
        }

        var origin = OriginOf(uri);
        var allowed = options.Value.AllowedReturnOrigins
            .Select(o => Uri.TryCreate(o, UriKind.Absolute, out var configured) ? OriginOf(configured) : null)
            .FirstOrDefault(o => string.Equals(o, origin, StringComparison.Ordinal));
        return allowed is null
            ? null
            : Split(uri.GetComponents(UriComponents.PathAndQuery | UriComponents.Fragment, UriFormat.UriEscaped), allowed);
    }

    /// <summary>scheme://host[:port], lower case, IDN hosts in their ASCII form, default ports left out.</summary>
    private static string OriginOf(Uri uri) =>
        string.Create(CultureInfo.InvariantCulture, $"{uri.Scheme.ToLowerInvariant()}://{uri.IdnHost.ToLowerInvariant()}{(uri.IsDefaultPort ? "" : ":" + uri.Port.ToString(CultureInfo.InvariantCulture))}");

    private static SafeReturnUrl? Split(string value, string? origin)
    {
        var hash = value.IndexOf('#', StringComparison.Ordinal);
        var fragment = hash < 0 ? "" : value[(hash + 1)..];
        var beforeFragment = hash < 0 ? value : value[..hash];
        var question = beforeFragment.IndexOf('?', StringComparison.Ordinal);
        var path = question < 0 ? beforeFragment : beforeFragment[..question];
        var query = question < 0 ? "" : beforeFragment[(question + 1)..];

        var escapedPath = Escape(path, "/:@");
        var escapedQuery = Escape(query, "/:@?");
        var escapedFragment = Escape(fragment, "/:@?");
        if (escapedPath is null || escapedQuery is null || escapedFragment is null || !escapedPath.StartsWith('/') || escapedPath.StartsWith("//", StringComparison.Ordinal))
        {
            return null;
        }

        return new SafeReturnUrl(
            origin,
            escapedPath,
            escapedQuery.Length > 0 ? "?" + escapedQuery : "",
            escapedFragment.Length > 0 ? "#" + escapedFragment : "");
    }

    /// <summary>
    /// Percent-escapes everything outside RFC 3986's unreserved and sub-delim characters plus <paramref name="extra"/>;
    /// a valid <c>%XX</c> escape is kept as it is (decoding <c>%2F</c> would change the path). Null for text that is
    /// not valid UTF-16 (a lone surrogate).
    /// </summary>
    private static string? Escape(string part, string extra)
    {
        var output = new StringBuilder(part.Length);
        Span<byte> utf8 = stackalloc byte[4];
        for (var i = 0; i < part.Length;)
        {
            var c = part[i];
            if (c == '%' && i + 2 < part.Length && Uri.IsHexDigit(part[i + 1]) && Uri.IsHexDigit(part[i + 2]))
            {
                output.Append(part, i, 3);
                i += 3;
                continue;
            }

            if (char.IsAsciiLetterOrDigit(c) || "-._~!$&'()*+,;=".Contains(c, StringComparison.Ordinal) || extra.Contains(c, StringComparison.Ordinal))
            {
                output.Append(c);
                i++;
                continue;
            }

            if (Rune.DecodeFromUtf16(part.AsSpan(i), out var rune, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                return null;
            }

            var length = rune.EncodeToUtf8(utf8);
            foreach (var b in utf8[..length])
            {
                output.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }

            i += consumed;
        }

        return output.ToString();
    }
}
