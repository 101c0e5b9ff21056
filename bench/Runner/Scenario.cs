using System.Text.Json.Nodes;

namespace GraphApi.Bench.Runner;

/// <summary>
/// A benchmarked document (bench/Documents/NAME.graphql, plus NAME.variables.json when it has variables) and the
/// baseline path answering the same fields by hand, if there is one.
/// </summary>
internal sealed record Scenario(string Name, string Title, string BodyFile, string Body, string? BaselinePath)
{
    public static readonly (string Name, string Title, string? BaselinePath)[] All =
    [
        ("typename", "`{ __typename }`", null),
        ("user-boards-pins", "user/boards/pins", "/user-boards-pins"),
        ("dashboard", "dashboard", "/dashboard"),
        ("create-pin", "createPin", null),
    ];

    public static Scenario Load(string repositoryRoot, string tempFolder, string name, string title, string? baselinePath)
    {
        var documents = Path.Combine(repositoryRoot, "bench", "Documents");
        var documentFile = Path.Combine(documents, $"{name}.graphql");
        if (!File.Exists(documentFile))
        {
            throw new BenchFailure($"{documentFile} is missing.");
        }

        var body = new JsonObject { ["query"] = File.ReadAllText(documentFile) };
        var variablesFile = Path.Combine(documents, $"{name}.variables.json");
        if (File.Exists(variablesFile))
        {
            body["variables"] = JsonNode.Parse(File.ReadAllText(variablesFile));
        }

        var text = body.ToJsonString();
        var bodyFile = Path.Combine(tempFolder, $"{name}.body.json");
        File.WriteAllText(bodyFile, text);
        return new Scenario(name, title, bodyFile, text, baselinePath);
    }
}
