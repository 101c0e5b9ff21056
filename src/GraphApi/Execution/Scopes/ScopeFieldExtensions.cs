using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

namespace GraphApi.Execution.Scopes;

public static class ScopeFieldExtensions
{
    /// <summary>Declares that the field needs all of <paramref name="scopes"/> (its operation's <c>security</c> requirement in Pinterest's OpenAPI description, tests/Shared/pinterest-openapi.json.gz).</summary>
    public static FieldBuilder<TSource, TReturn> RequiresScopes<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, params string[] scopes)
    {
        field.FieldType.RequiresScopes([scopes]);
        return field;
    }

    /// <summary>Declares alternatives: any one inner set, in full, is enough.</summary>
    public static FieldType RequiresScopes(this FieldType field, IReadOnlyList<IReadOnlyList<string>> anyOf)
    {
        var requirement = new ScopeRequirement(anyOf);
        field.WithMetadata(ScopeRequirement.MetadataKey, requirement);
        field.ApplyDirective(RequiresScopesDirective.DirectiveName, RequiresScopesDirective.ArgumentName,
            requirement.AnyOf.Select(set => set.ToArray()).ToArray());
        return field;
    }

    public static ScopeRequirement? GetScopeRequirement(this IFieldType field) =>
        field.GetMetadata<ScopeRequirement?>(ScopeRequirement.MetadataKey);
}
