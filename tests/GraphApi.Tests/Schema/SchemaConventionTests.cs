using GraphApi.Execution.Scopes;
using GraphApi.Tests.Infrastructure;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Tests.Schema;

/// <summary>What the schema promises its readers: documentation everywhere, and nullable scope-guarded fields.</summary>
public sealed class SchemaConventionTests(GraphApiFactory factory) : IClassFixture<GraphApiFactory>
{
    private ISchema Schema => factory.Services.GetRequiredService<ISchema>();

    private IEnumerable<IGraphType> OwnTypes =>
        Schema.AllTypes.Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal) && t is not ScalarGraphType);

    [Fact]
    public void Every_type_field_argument_and_enum_value_has_a_description()
    {
        var missing = new List<string>();
        foreach (var type in OwnTypes)
        {
            if (string.IsNullOrWhiteSpace(type.Description))
            {
                missing.Add(type.Name);
            }

            if (type is IComplexGraphType complex)
            {
                foreach (var field in complex.Fields)
                {
                    if (string.IsNullOrWhiteSpace(field.Description))
                    {
                        missing.Add($"{type.Name}.{field.Name}");
                    }

                    missing.AddRange(field.Arguments?.Where(a => string.IsNullOrWhiteSpace(a.Description)).Select(a => $"{type.Name}.{field.Name}({a.Name})") ?? []);
                }
            }

            if (type is EnumerationGraphType enumeration)
            {
                missing.AddRange(enumeration.Values.Where(v => string.IsNullOrWhiteSpace(v.Description)).Select(v => $"{type.Name}.{v.Name}"));
            }
        }

        missing.ShouldBeEmpty();
    }

    [Fact]
    public void Scope_guarded_fields_are_nullable_except_mutation_payloads_that_answer_denials_as_data()
    {
        var offenders = OwnTypes.OfType<IObjectGraphType>()
            .SelectMany(t => t.Fields.Select(f => (Type: t, Field: f)))
            .Where(x => x.Field.GetScopeRequirement() is not null && x.Field.ResolvedType is NonNullGraphType)
            // nodes is [Node]! by the demo app's contract; a denial there nulls data, which its own test documents.
            .Where(x => x.Field.GetMetadata<object?>(ScopeDenialPayload.MetadataKey) is null && x.Field.Name != "nodes")
            .Select(x => $"{x.Type.Name}.{x.Field.Name}")
            .ToList();

        offenders.ShouldBeEmpty();
    }
}
