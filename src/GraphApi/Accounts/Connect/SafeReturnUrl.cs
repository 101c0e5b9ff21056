using System.Text;

namespace GraphApi.Accounts.Connect;

/// <summary>
/// A return URL after <see cref="ReturnUrlPolicy"/> parsed it: either a path on this gateway (<see cref="Origin"/>
/// null) or a URL on a configured origin, held as already-escaped parts. The redirect is built from these parts,
/// never from the caller's text, so what the browser resolves is what the policy checked.
/// </summary>
internal sealed record SafeReturnUrl(string? Origin, string Path, string Query, string Fragment)
{
    /// <summary>The canonical text (kept in the OAuth state and checked again at the callback).</summary>
    public override string ToString() => Build([]);

    /// <summary>The Location: this URL with <paramref name="parameters"/> appended to its query (values escaped).</summary>
    public string Build(IReadOnlyList<KeyValuePair<string, string>> parameters)
    {
        var text = new StringBuilder(Origin).Append(Path).Append(Query);
        var separator = Query.Length > 0 ? '&' : '?';
        foreach (var (name, value) in parameters)
        {
            text.Append(separator).Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value));
            separator = '&';
        }

        return text.Append(Fragment).ToString();
    }
}
