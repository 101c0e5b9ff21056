using System.Globalization;
using System.Text.Json.Nodes;
using GraphApi.Pinterest.Tests.Infrastructure;

namespace GraphApi.Pinterest.Tests.OpenApi;

/// <summary>Checks a recorded request against its operation in the official description; returns the problems.</summary>
internal static class SpecRequestValidator
{
    // Described in the oauth/token operation text but absent from its schema (see pinterest-api.md §1.3).
    private const string DescriptionOnlyField = "continuous_refresh";

    public static IReadOnlyList<string> Validate(SpecOperation operation, RecordedRequest request)
    {
        var problems = new List<string>();
        if (request.Method != operation.Method)
        {
            problems.Add($"method {request.Method} is not {operation.Method}");
        }

        var match = operation.PathPattern.Match(request.Path);
        if (!match.Success)
        {
            problems.Add($"path {request.Path} does not match {operation.Path}");
        }

        var parameters = operation.Parameters.ToList();
        foreach (var parameter in parameters.Where(p => p["in"]!.GetValue<string>() == "path"))
        {
            var name = parameter["name"]!.GetValue<string>();
            if (match.Success)
            {
                Check(problems, $"path {name}", parameter["schema"]!, JsonValue.Create(match.Groups[name].Value), relaxOneOf: false);
            }
        }

        ValidateQuery(problems, parameters.Where(p => p["in"]!.GetValue<string>() == "query").ToList(), request);
        ValidateAuth(problems, operation, request);
        ValidateBody(problems, operation, request);
        return problems;
    }

    private static void ValidateQuery(List<string> problems, List<JsonObject> parameters, RecordedRequest request)
    {
        foreach (var group in request.Query.GroupBy(p => p.Key, StringComparer.Ordinal))
        {
            var parameter = parameters.FirstOrDefault(p => p["name"]!.GetValue<string>() == group.Key);
            if (parameter is null)
            {
                problems.Add($"query parameter {group.Key} is not in the spec");
                continue;
            }

            var schema = OpenApiDocument.Instance.Resolve(parameter["schema"]!);
            var values = group.Select(p => p.Value).ToList();
            JsonNode instance;
            if (schema["type"]?.GetValue<string>() == "array")
            {
                // OpenAPI default for query is style=form, explode=true (repeated keys); explode=false means one comma-separated key.
                var explode = parameter["explode"]?.GetValue<bool>() ?? true;
                if (!explode && values.Count != 1)
                {
                    problems.Add($"{group.Key} has explode=false but was sent {values.Count} times");
                }

                var items = explode ? values : values.SelectMany(v => v.Split(',')).ToList();
                instance = new JsonArray(items.Select(v => Typed(v, schema["items"]!)).ToArray());
            }
            else
            {
                if (values.Count != 1)
                {
                    problems.Add($"{group.Key} is not an array but was sent {values.Count} times");
                }

                instance = Typed(values[0], schema)!;
            }

            // Pin metric_types list IMPRESSION in both oneOf branches, which strict oneOf would reject.
            Check(problems, $"query {group.Key}", parameter["schema"]!, instance, relaxOneOf: true);
        }

        foreach (var required in parameters.Where(p => p["required"]?.GetValue<bool>() == true))
        {
            var name = required["name"]!.GetValue<string>();
            if (request.Query.All(p => p.Key != name))
            {
                problems.Add($"required query parameter {name} is missing");
            }
        }
    }

    private static void ValidateAuth(List<string> problems, SpecOperation operation, RecordedRequest request)
    {
        var scheme = operation.UsesBasicAuth ? "Basic " : "Bearer ";
        if (request.Header("Authorization")?.StartsWith(scheme, StringComparison.Ordinal) != true)
        {
            problems.Add($"Authorization is not {scheme.Trim()}");
        }
    }

    private static void ValidateBody(List<string> problems, SpecOperation operation, RecordedRequest request)
    {
        var spec = operation.RequestBody;
        var hasBody = !string.IsNullOrEmpty(request.Body);
        if (spec is null)
        {
            if (hasBody)
            {
                problems.Add("sent a body the operation does not take");
            }

            return;
        }

        var (contentType, schema) = spec.Value;
        if (request.Header("Content-Type")?.StartsWith(contentType, StringComparison.Ordinal) != true)
        {
            problems.Add($"Content-Type {request.Header("Content-Type")} is not {contentType}");
            return;
        }

        if (contentType == "application/x-www-form-urlencoded")
        {
            var form = new JsonObject();
            foreach (var pair in (request.Body ?? string.Empty).Split('&', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=', 2)))
            {
                form[Uri.UnescapeDataString(pair[0])] = Uri.UnescapeDataString(pair[1].Replace('+', ' '));
            }

            form.Remove(DescriptionOnlyField);

            // The base schema only names grant_type; its discriminator mapping holds the real per-grant schema.
            var resolved = OpenApiDocument.Instance.Resolve(schema);
            if (resolved["discriminator"]?["mapping"]?[form["grant_type"]?.GetValue<string>() ?? string.Empty] is { } mapped)
            {
                schema = new JsonObject { ["$ref"] = mapped.GetValue<string>() };
            }

            Check(problems, "form body", schema, form, relaxOneOf: false);
            return;
        }

        Check(problems, "body", schema, hasBody ? JsonNode.Parse(request.Body!) : null, relaxOneOf: false);
    }

    private static void Check(List<string> problems, string what, JsonNode schema, JsonNode? instance, bool relaxOneOf) =>
        problems.AddRange(SchemaFactory.Problems(SchemaFactory.Build(schema, relaxOneOf), instance).Select(p => $"{what} {instance?.ToJsonString()}: {p}"));

    private static JsonValue Typed(string value, JsonNode schemaNode)
    {
        var schema = OpenApiDocument.Instance.Resolve(schemaNode);
        return schema["type"]?.GetValue<string>() switch
        {
            "integer" when long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) => JsonValue.Create(number),
            "boolean" when bool.TryParse(value, out var flag) => JsonValue.Create(flag),
            _ => JsonValue.Create(value),
        };
    }
}
