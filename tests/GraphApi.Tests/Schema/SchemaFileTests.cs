using GraphApi.Schema;
using GraphApi.Tests.Infrastructure;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Tests.Schema;

public sealed class SchemaFileTests(GraphApiFactory factory) : IClassFixture<GraphApiFactory>
{
    private const string ExportCommand = "dotnet run --project src/GraphApi -- schema export --output schema.graphql";

    [Fact]
    public void Committed_schema_graphql_matches_the_running_schema()
    {
        var running = SchemaExportCommand.Print(factory.Services.GetRequiredService<ISchema>());
        var committed = File.ReadAllText(RepositoryRoot.Combine("schema.graphql")).ReplaceLineEndings("\n");

        if (committed != running)
        {
            Assert.Fail($"schema.graphql differs from the running schema. Re-export it with:\n  {ExportCommand}\n\n{LineDiff.Describe(committed, running)}");
        }
    }

    [Fact]
    public async Task Export_command_writes_the_running_schema_to_the_given_file()
    {
        var output = Path.Combine(Path.GetTempPath(), $"graphapi-schema-{Guid.NewGuid():N}.graphql");
        try
        {
            var exitCode = await SchemaExportCommand.RunAsync(factory.Services, ["schema", "export", "--output", output]);

            exitCode.ShouldBe(0);
            (await File.ReadAllTextAsync(output)).ShouldBe(SchemaExportCommand.Print(factory.Services.GetRequiredService<ISchema>()));
        }
        finally
        {
            File.Delete(output);
        }
    }

    [Fact]
    public async Task Export_command_without_a_path_after_output_fails_with_usage()
    {
        var exitCode = await SchemaExportCommand.RunAsync(factory.Services, ["schema", "export", "--output"]);

        exitCode.ShouldBe(2);
    }

    [Fact]
    public void Every_type_and_field_has_a_description()
    {
        var schema = factory.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        var missing = schema.AllTypes
            .Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal) && t is not ScalarGraphType)
            .SelectMany(t => (string.IsNullOrWhiteSpace(t.Description) ? [t.Name] : Array.Empty<string>())
                .Concat(t is IComplexGraphType complex
                    ? complex.Fields.Where(f => string.IsNullOrWhiteSpace(f.Description)).Select(f => $"{t.Name}.{f.Name}")
                    : []))
            .ToList();

        missing.ShouldBeEmpty();
    }
}
