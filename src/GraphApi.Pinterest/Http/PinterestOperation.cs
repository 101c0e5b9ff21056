using System.Globalization;
using System.Text;

namespace GraphApi.Pinterest.Http;

/// <summary>
/// One upstream operation as the official OpenAPI description names it: the operationId, the HTTP method,
/// the route template and its <c>x-ratelimit-category</c> (operations in one category share a quota).
/// </summary>
internal sealed record PinterestOperation(string OperationId, HttpMethod Method, string Route, string RateLimitCategory)
{
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
                builder.Append(Uri.EscapeDataString(values[next++]));
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
}
