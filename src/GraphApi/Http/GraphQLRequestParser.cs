using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Unicode;
using GraphApi.Execution.Errors;
using GraphQL;
using GraphQL.Transport;

namespace GraphApi.Http;

/// <summary>
/// Turns a POST body (one request object, or a batch array) into <see cref="GraphQLRequest"/>s, checking each parameter's JSON type and size
/// first: the engine's own deserializer would accept a number as <c>query</c> or fail with a message that
/// names .NET types, and the spec wants a precise 400 for both.
/// </summary>
internal sealed class GraphQLRequestParser(IGraphQLSerializer serializer, GraphQLRequestLimits limits)
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 64 };

    public GraphQLHttpRequest ParseBody(ReadOnlyMemory<byte> body)
    {
        if (body.IsEmpty)
        {
            return Refused("The request body is empty: send a JSON object with a \"query\" string.");
        }

        // Checked up front: System.Text.Json validates UTF-8 only when a string is read, and then throws outside our checks.
        if (!Utf8.IsValid(body.Span))
        {
            return GraphQLHttpRequest.Refused(GraphQLHttpProblem.BadRequest(ErrorCodes.InvalidEncoding, "The request body is not valid UTF-8."));
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, DocumentOptions);
        }
        catch (JsonException ex)
        {
            return GraphQLHttpRequest.Refused(GraphQLHttpProblem.BadRequest(ErrorCodes.InvalidJson, $"The request body is not valid JSON: {ex.Message}"));
        }

        using (document)
        {
            var root = document.RootElement;
            try
            {
                return root.ValueKind == JsonValueKind.Array ? ParseBatch(root) : ParseOne(root, index: null);
            }
            catch (InvalidOperationException)
            {
                // Reading a string with a lone surrogate escape ("\ud800"): valid JSON syntax, but no text.
                return GraphQLHttpRequest.Refused(GraphQLHttpProblem.BadRequest(ErrorCodes.InvalidEncoding,
                    "The request body has a string with an unpaired surrogate escape (such as \\ud800); it is not valid Unicode text."));
            }
        }
    }

    private GraphQLHttpRequest ParseBatch(JsonElement array)
    {
        var count = array.GetArrayLength();
        var max = limits.MaxBatchSize;
        if (count == 0)
        {
            return Refused("The batch is empty: send at least one request object in the array.");
        }

        if (count > max)
        {
            return GraphQLHttpRequest.Refused(GraphQLHttpProblem.BadRequest(
                ErrorCodes.BatchTooLarge, $"The batch holds {count} requests; the limit is {max}. Split it into smaller batches."));
        }

        var requests = new List<GraphQLRequest>(count);
        var index = 0;
        foreach (var element in array.EnumerateArray())
        {
            var one = ParseOne(element, index++);
            if (one.Problem is not null)
            {
                return one;
            }

            requests.Add(one.Requests[0]);
        }

        return GraphQLHttpRequest.Batch(requests);
    }

    private GraphQLHttpRequest ParseOne(JsonElement element, int? index)
    {
        var where = index is null ? "The request" : $"Request {index} of the batch";
        if (element.ValueKind != JsonValueKind.Object)
        {
            return Refused($"{where} must be a JSON object with a \"query\" string.");
        }

        var hasQuery = element.TryGetProperty("query", out var query) && query.ValueKind != JsonValueKind.Null;
        var documentId = ReadString(element, "documentId", where, out var invalid);
        if (invalid is not null)
        {
            return invalid;
        }

        // A persisted-document request (documentId) or an APQ hash carries no text; TrustedDocuments resolves it.
        if (!hasQuery && documentId is null && !HasPersistedQuery(element))
        {
            return Refused($"{where} has no \"query\" parameter: send the GraphQL document as a string in \"query\".");
        }

        if (hasQuery && query.ValueKind != JsonValueKind.String)
        {
            return Refused($"{where} has a \"query\" of type {Describe(query)}; it must be a string.");
        }

        string? operationName = null;
        if (element.TryGetProperty("operationName", out var name) && name.ValueKind != JsonValueKind.Null)
        {
            if (name.ValueKind != JsonValueKind.String)
            {
                return Refused($"{where} has an \"operationName\" of type {Describe(name)}; it must be a string or null.");
            }

            operationName = name.GetString();
        }

        var variables = ReadMap(element, "variables", where, out var problem);
        if (problem is not null)
        {
            return GraphQLHttpRequest.Refused(problem);
        }

        var extensions = ReadMap(element, "extensions", where, out problem);
        return problem is not null
            ? GraphQLHttpRequest.Refused(problem)
            : limits.Build(hasQuery ? query.GetString() : null, documentId, operationName, variables, extensions, index);
    }

    private static string? ReadString(JsonElement element, string name, string where, out GraphQLHttpRequest? invalid)
    {
        invalid = null;
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            invalid = Refused($"{where} has a \"{name}\" of type {Describe(value)}; it must be a string.");
            return null;
        }

        return value.GetString();
    }

    private static bool HasPersistedQuery(JsonElement element) =>
        element.TryGetProperty("extensions", out var extensions) && extensions.ValueKind == JsonValueKind.Object &&
        extensions.TryGetProperty("persistedQuery", out var persisted) && persisted.ValueKind != JsonValueKind.Null;

    private Inputs? ReadMap(JsonElement element, string name, string where, out GraphQLHttpProblem? problem)
    {
        problem = null;
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            problem = GraphQLHttpProblem.BadRequest(ErrorCodes.InvalidRequest, $"{where} has \"{name}\" of type {Describe(value)}; it must be a JSON object or null.");
            return null;
        }

        var size = JsonMarshal.GetRawUtf8Value(value).Length;
        if (size > limits.MaxVariablesBytes)
        {
            problem = limits.TooLarge(name, size);
            return null;
        }

        try
        {
            return serializer.ReadNode<Inputs>(value);
        }
        catch (JsonException ex)
        {
            // Valid JSON syntax whose strings or numbers cannot be read (a lone surrogate escape, a number out of range).
            problem = ex.InnerException is InvalidOperationException
                ? GraphQLHttpProblem.BadRequest(ErrorCodes.InvalidEncoding, $"{where} has \"{name}\" with a string holding an unpaired surrogate escape (such as \\ud800).")
                : GraphQLHttpProblem.BadRequest(ErrorCodes.InvalidJson, $"{where} has \"{name}\" with a value that cannot be read.");
            return null;
        }
    }

    private static GraphQLHttpRequest Refused(string message) => GraphQLRequestLimits.Refused(message);

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "object",
        JsonValueKind.Array => "array",
        JsonValueKind.String => "string",
        JsonValueKind.Number => "number",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        _ => "null",
    };
}
