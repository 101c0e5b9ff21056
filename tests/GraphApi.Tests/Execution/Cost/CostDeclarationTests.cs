using GraphApi.Execution.Cost;
using GraphApi.Execution.Scopes;
using GraphApi.Tests.Infrastructure;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Tests.Execution.Cost;

/// <summary>Every field that calls Pinterest says how much, so a new field cannot slip past the cost analysis.</summary>
public sealed class CostDeclarationTests(GraphApiFactory factory) : IClassFixture<GraphApiFactory>
{
    private ISchema Schema => factory.Services.GetRequiredService<ISchema>();

    private IEnumerable<(IObjectGraphType Type, FieldType Field)> ObjectFields =>
        Schema.AllTypes.OfType<IObjectGraphType>()
            .Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal))
            .SelectMany(t => t.Fields.Select(f => (t, f)));

    [Fact]
    public void Every_field_with_a_scope_requirement_declares_its_upstream_cost()
    {
        var guarded = ObjectFields.Where(x => x.Field.GetScopeRequirement() is not null).ToList();
        var undeclared = guarded.Where(x => x.Field.GetUpstreamCost() is null).Select(x => $"{x.Type.Name}.{x.Field.Name}").ToList();

        guarded.Count.ShouldBeGreaterThanOrEqualTo(38);
        undeclared.ShouldBeEmpty();
    }

    [Fact]
    public void Costs_are_declared_only_on_fields_that_need_a_pinterest_scope()
    {
        // Both ways round: a cost on an unguarded field would mean a Pinterest call without a scope check. The one
        // exception calls the token endpoint with the tenant's app credentials, not a user's token (admin only).
        string[] appCredentialFields = ["Mutation.testIntegrationCredentials"];
        ObjectFields.Where(x => x.Field.GetUpstreamCost() is not null && x.Field.GetScopeRequirement() is null)
            .Select(x => $"{x.Type.Name}.{x.Field.Name}")
            .ShouldBe(appCredentialFields);
    }

    [Fact]
    public void A_list_whose_items_can_call_pinterest_is_sized_by_its_field_or_is_a_connection_page()
    {
        // The analysis multiplies a selection by the items its field declares; a list that is not declared counts as
        // one item, which is only right for a connection's edges/nodes (the connection field declares `first`).
        var reaches = new Dictionary<IGraphType, bool>();
        var offenders = ObjectFields
            .Where(x => x.Field.ResolvedType!.UnwrapNonNull() is ListGraphType && x.Field.GetUpstreamCost()?.Items is null)
            .Where(x => !(x.Type.Name.EndsWith("Connection", StringComparison.Ordinal) && x.Field.Name is "edges" or "nodes"))
            .Where(x => Reaches(x.Field.ResolvedType!.GetNamedType(), reaches))
            .Select(x => $"{x.Type.Name}.{x.Field.Name}")
            .ToList();

        offenders.ShouldBeEmpty();
    }

    private static bool Reaches(IGraphType type, Dictionary<IGraphType, bool> seen)
    {
        if (seen.TryGetValue(type, out var known))
        {
            return known;
        }

        seen[type] = false;
        var types = type is IAbstractGraphType abstractType ? abstractType.PossibleTypes.Cast<IGraphType>() : [type];
        var result = types.OfType<IComplexGraphType>().Any(t => t.Fields.Any(f =>
            f.GetUpstreamCost() is not null || f.GetScopeRequirement() is not null || Reaches(f.ResolvedType!.GetNamedType(), seen)));
        seen[type] = result;
        return result;
    }
}

internal static class GraphTypeExtensions
{
    public static IGraphType UnwrapNonNull(this IGraphType type) => type is NonNullGraphType nonNull ? nonNull.ResolvedType! : type;
}
