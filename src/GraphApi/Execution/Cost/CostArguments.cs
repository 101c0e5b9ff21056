using System.Collections;
using System.Globalization;
using System.Text;
using GraphQL.Execution;
using GraphQL.Types;

namespace GraphApi.Execution.Cost;

/// <summary>
/// A selected field's argument values as execution will see them: variables applied (GraphQL.NET parses them before
/// the post-variable validation rules run) and, for arguments not given, the field's default values.
/// </summary>
public sealed class CostArguments
{
    private readonly IDictionary<string, ArgumentValue>? _values;
    private readonly FieldType _definition;

    internal CostArguments(IDictionary<string, ArgumentValue>? values, FieldType definition)
    {
        _values = values;
        _definition = definition;
    }

    public object? Get(string name)
    {
        if (_values is not null && _values.TryGetValue(name, out var value) && value.Source != ArgumentSource.FieldDefault)
        {
            return value.Value;
        }

        return _definition.Arguments?.Find(name)?.DefaultValue;
    }

    public int? GetInt(string name) => Get(name) switch
    {
        int i => i,
        long l => (int)Math.Clamp(l, int.MinValue, int.MaxValue),
        _ => null,
    };

    public string? GetString(string name) => Get(name) switch
    {
        null => null,
        string s => s,
        var other => Convert.ToString(other, CultureInfo.InvariantCulture),
    };

    public IReadOnlyList<string>? GetStrings(string name) => Get(name) is IEnumerable list and not string
        ? list.Cast<object?>().Select(item => Convert.ToString(item, CultureInfo.InvariantCulture) ?? "").ToList()
        : null;

    /// <summary>A stable text of every argument value, so equal arguments land in one batch bucket.</summary>
    internal string Canonical()
    {
        var text = new StringBuilder();
        foreach (var argument in _definition.Arguments ?? [])
        {
            text.Append(argument.Name).Append('=');
            Append(text, Get(argument.Name));
            text.Append(';');
        }

        return text.ToString();
    }

    private static void Append(StringBuilder text, object? value)
    {
        switch (value)
        {
            case null:
                text.Append("null");
                break;
            case string s:
                text.Append('"').Append(s.Replace("\"", "\\\"", StringComparison.Ordinal)).Append('"');
                break;
            case IEnumerable<KeyValuePair<string, object?>> map:
                text.Append('{');
                foreach (var (key, item) in map.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    text.Append(key).Append(':');
                    Append(text, item);
                    text.Append(',');
                }

                text.Append('}');
                break;
            case IEnumerable list:
                text.Append('[');
                foreach (var item in list)
                {
                    Append(text, item);
                    text.Append(',');
                }

                text.Append(']');
                break;
            default:
                text.Append(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }
}
