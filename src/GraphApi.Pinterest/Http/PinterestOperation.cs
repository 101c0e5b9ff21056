using System.Globalization;
using System.Text;

namespace GraphApi.Pinterest.Http;

/// <summary>
/// One upstream operation as the official OpenAPI description names it: the operationId, the HTTP method,
/// the route template and its <c>x-ratelimit-category</c> (operations in one category share a quota).
/// </summary>
internal sealed record PinterestOperation(string OperationId, HttpMethod Method, string Route, string RateLimitCategory)
{
    /// <summary>What the request carries for the host's telemetry (<see cref="PinterestRequestTag.Key"/>).</summary>
    public PinterestRequestTag Tag { get; } = new(OperationId, Method.Method, Route, RateLimitCategory);

    /// <summary>Fills the route's <c>{placeholders}</c> in order, escaping each value, and drops the leading slash
    /// so the path resolves under the configured base URL (which carries the <c>/v5</c> prefix).</summary>
    public string Path(params string[] values)
    {
        var builder = new StringBuilder();
        var next = 0;
        var i = 0;
        while (i < Route.Length)
        {
            if (Route[i] == '{')
            {
                var close = Route.IndexOf('}', i);
                builder.Append(Segment(values[next++]));
                i = close + 1;
                continue;
            }

            builder.Append(Route[i++]);
        }

        if (next != values.Length)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{Route} takes {next} values."), nameof(values));
        }

        return builder.ToString().TrimStart('/');
    }

    // Escaping keeps '/', '?', '#' and '%' inside the segment, but "." and ".." survive it and would be resolved
    // as dot segments (".../boards/.." is ".../v5/"), and an empty value would drop the segment: no caller value
    // may change which route is called.
    private string Segment(string value)
    {
        if (string.IsNullOrWhiteSpace(value) || value == "." || value == "..")
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{Route}: a path value must not be empty, whitespace, \".\" or \"..\"."), nameof(value));
        }

        return Uri.EscapeDataString(value);
    }
}
