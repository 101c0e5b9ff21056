using System.Text.Json;
using GraphApi.Execution.Errors;
using GraphQL;

namespace GraphApi.Http;

/// <summary>Reads a GET request's <c>query</c>, <c>operationName</c>, and URL-encoded JSON <c>variables</c>/<c>extensions</c>.</summary>
internal sealed class GraphQLQueryStringParser(IGraphQLSerializer serializer, GraphQLRequestLimits limits)
{
    private static readonly string[] Parameters = ["query", "documentId", "operationName", "variables", "extensions"];

    public GraphQLHttpRequest Parse(IQueryCollection query)
    {
        foreach (var name in Parameters)
        {
            if (query[name].Count > 1)
            {
                return GraphQLRequestLimits.Refused($"The \"{name}\" parameter is given more than once.");
            }
        }

        var text = query["query"].ToString();
        var documentId = query["documentId"].ToString();
        var variables = ParseMap(query["variables"].ToString(), "variables", out var problem);
        if (problem is not null)
        {
            return GraphQLHttpRequest.Refused(problem);
        }

        var extensions = ParseMap(query["extensions"].ToString(), "extensions", out problem);
        if (problem is not null)
        {
            return GraphQLHttpRequest.Refused(problem);
        }

        // A persisted-document request (documentId) or an APQ hash carries no text; TrustedDocuments resolves it.
        if (string.IsNullOrEmpty(text) && string.IsNullOrEmpty(documentId) && !(extensions?.TryGetValue("persistedQuery", out var persisted) == true && persisted is not null))
        {
            return GraphQLRequestLimits.Refused("The \"query\" parameter is missing: pass the GraphQL document as ?query=...");
        }

        var operationName = query["operationName"].ToString();
        return limits.Build(
            string.IsNullOrEmpty(text) ? null : text,
            string.IsNullOrEmpty(documentId) ? null : documentId,
            string.IsNullOrEmpty(operationName) ? null : operationName,
            variables,
            extensions,
            index: null);
    }

    /// <summary>Whether a GET names an operation at all (text, a persisted document id, or APQ extensions).</summary>
    public static bool NamesOperation(IQueryCollection query) =>
        query.ContainsKey("query") || query.ContainsKey("documentId") || query.ContainsKey("extensions");

    private Inputs? ParseMap(string text, string name, out GraphQLHttpProblem? problem)
    {
        problem = null;
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (text.Length > limits.MaxVariablesBytes)
        {
            problem = limits.TooLarge(name, text.Length);
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            switch (document.RootElement.ValueKind)
            {
                case JsonValueKind.Null:
                    return null;
                case JsonValueKind.Object:
                    return serializer.ReadNode<Inputs>(document.RootElement);
                default:
                    problem = GraphQLHttpProblem.BadRequest(ErrorCodes.InvalidRequest, $"The \"{name}\" parameter must be a URL-encoded JSON object.");
                    return null;
            }
        }
        catch (JsonException ex)
        {
            problem = GraphQLHttpProblem.BadRequest(ErrorCodes.InvalidJson, $"The \"{name}\" parameter is not valid JSON: {ex.Message}");
            return null;
        }
    }
}
