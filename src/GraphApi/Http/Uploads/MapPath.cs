using System.Globalization;
using GraphApi.Schema.Uploads;
using GraphQL;
using GraphQL.Transport;

namespace GraphApi.Http.Uploads;

/// <summary>A map path, resolved against <c>operations</c>: which request, and the null it replaces under <c>variables</c>.</summary>
internal sealed record MapPath(string Text, int RequestIndex, IReadOnlyList<string> VariablePath)
{
    private const int MaxSegments = 32;

    /// <summary>
    /// An index as the spec's paths write it: digits without a leading zero, so one place has one spelling and the
    /// reader's check that no path is named twice cannot be dodged with "01" for "1".
    /// </summary>
    private static bool TryIndex(string segment, out int index)
    {
        index = 0;
        return (segment.Length == 1 || segment[0] != '0') &&
            int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out index);
    }

    public static (MapPath? Path, string? Problem) Resolve(string text, GraphQLHttpRequest operations, string file)
    {
        var segments = text.Split('.');
        var at = 0;
        var index = 0;
        if (operations.IsBatch)
        {
            if (!TryIndex(segments[0], out index) || index >= operations.Requests.Count)
            {
                return (null, $"The map places \"{file}\" at \"{text}\": in a batch, a path starts with the operation's index (0–{operations.Requests.Count - 1}).");
            }

            at = 1;
        }

        if (segments.Length > MaxSegments || segments.Length < at + 2 || segments[at] != "variables")
        {
            return (null, $"The map places \"{file}\" at \"{text}\": a path must point into the operation's variables, such as \"{(operations.IsBatch ? "0." : "")}variables.file\".");
        }

        var variablePath = segments[(at + 1)..];
        object? current = operations.Requests[index].Variables;
        for (var i = 0; i < variablePath.Length; i++)
        {
            var found = current switch
            {
                IReadOnlyDictionary<string, object?> map when map.TryGetValue(variablePath[i], out var value) => (true, value),
                IList<object?> list when TryIndex(variablePath[i], out var item) && item < list.Count => (true, list[item]),
                IDictionary<string, object?> map when map.TryGetValue(variablePath[i], out var value) => (true, value),
                _ => (false, null),
            };
            if (!found.Item1 || (i == variablePath.Length - 1 && found.Item2 is not null))
            {
                return (null, $"The map places \"{file}\" at \"{text}\", which is not a null value in operations (send the variable as null where the file goes).");
            }

            current = found.Item2;
        }

        return (new MapPath(text, index, variablePath), null);
    }

    /// <summary>The request with the file at this path (the variables are copied where the path goes, never shared).</summary>
    public GraphQLRequest Set(GraphQLRequest request, UploadedFile file) => new()
    {
        Query = request.Query,
        DocumentId = request.DocumentId,
        OperationName = request.OperationName,
        Extensions = request.Extensions,
        Variables = new Inputs((Dictionary<string, object?>)With(request.Variables, 0, file)!),
    };

    private object? With(object? node, int depth, UploadedFile file)
    {
        var segment = VariablePath[depth];
        var last = depth == VariablePath.Count - 1;
        switch (node)
        {
            case IEnumerable<KeyValuePair<string, object?>> map:
                var copy = map.ToDictionary(StringComparer.Ordinal);
                copy[segment] = last ? file : With(copy[segment], depth + 1, file);
                return copy;
            case IList<object?> list:
                var items = list.ToList();
                var index = int.Parse(segment, CultureInfo.InvariantCulture);
                items[index] = last ? file : With(items[index], depth + 1, file);
                return items;
            default:
                throw new InvalidOperationException($"The map path \"{Text}\" was checked but no longer matches the variables.");
        }
    }
}
