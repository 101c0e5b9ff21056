using System.Globalization;
using System.Text;

namespace GraphApi.Pinterest.Http;

/// <summary>
/// Builds a query string the way the OpenAPI description asks: scalars as <c>name=value</c>, arrays either
/// exploded (<c>style: form</c> default, repeated keys) or, for <c>explode: false</c>, comma-separated.
/// Null values are left out so Pinterest applies its own defaults.
/// </summary>
internal sealed class QueryString
{
    private readonly List<KeyValuePair<string, string>> _pairs = [];

    public QueryString Add(string name, string? value)
    {
        if (value is not null)
        {
            _pairs.Add(new(name, Uri.EscapeDataString(value)));
        }

        return this;
    }

    public QueryString Add(string name, int? value) =>
        Add(name, value?.ToString(CultureInfo.InvariantCulture));

    public QueryString Add(string name, bool? value) =>
        Add(name, value switch { true => "true", false => "false", null => null });

    /// <summary>Analytics dates are <c>YYYY-MM-DD</c> in UTC.</summary>
    public QueryString Add(string name, DateOnly? value) =>
        Add(name, value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    /// <summary><c>style: form, explode: false</c>: one key, values joined by an unescaped comma.</summary>
    public QueryString AddCommaSeparated(string name, IEnumerable<string>? values)
    {
        if (values is not null && values.Any())
        {
            _pairs.Add(new(name, string.Join(',', values.Select(Uri.EscapeDataString))));
        }

        return this;
    }

    /// <summary><c>style: form, explode: true</c> (the OpenAPI default): the key repeats for every value.</summary>
    public QueryString AddExploded(string name, IEnumerable<string>? values)
    {
        foreach (var value in values ?? [])
        {
            Add(name, value);
        }

        return this;
    }

    public override string ToString()
    {
        if (_pairs.Count == 0)
        {
            return string.Empty;
        }

        var builder = new StringBuilder();
        foreach (var (name, value) in _pairs)
        {
            builder.Append(builder.Length == 0 ? '?' : '&').Append(Uri.EscapeDataString(name)).Append('=').Append(value);
        }

        return builder.ToString();
    }
}
