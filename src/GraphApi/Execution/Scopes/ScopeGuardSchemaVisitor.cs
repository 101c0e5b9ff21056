using GraphQL.Resolvers;
using GraphQL.Types;
using GraphQL.Utilities;

namespace GraphApi.Execution.Scopes;

/// <summary>Installs <see cref="ScopeGuardResolver"/> on each object field that declares scopes, once, at schema build.</summary>
internal sealed class ScopeGuardSchemaVisitor : BaseSchemaNodeVisitor
{
    public override void VisitObjectFieldDefinition(FieldType field, IObjectGraphType type, ISchema schema)
    {
        if (field.GetScopeRequirement() is { } requirement)
        {
            field.Resolver = new ScopeGuardResolver(field.Resolver ?? NameFieldResolver.Instance, requirement, $"{type.Name}.{field.Name}");
        }
    }
}
