using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace GraphApi.Authorization;

/// <summary>A selected field whose definition carries a scope requirement.</summary>
internal sealed record GuardedSelection(GraphQLField Node, string Coordinate, ScopeRequirement Requirement);

/// <summary>
/// Walks the selected operation as it will execute: fragments expanded, <c>@skip</c>/<c>@include</c> applied, and
/// on an abstract type each possible object type's own field definition considered (that is the resolver that runs).
/// </summary>
internal static class GuardedSelectionCollector
{
    public static List<GuardedSelection> Collect(ValidationContext context)
    {
        var found = new List<GuardedSelection>();
        var root = context.Operation.Operation switch
        {
            OperationType.Mutation => context.Schema.Mutation,
            OperationType.Subscription => context.Schema.Subscription,
            _ => context.Schema.Query,
        };
        if (root is not null)
        {
            Walk(context, context.Operation.SelectionSet, root, found, []);
        }

        return found;
    }

    private static void Walk(ValidationContext context, GraphQLSelectionSet set, IGraphType parent, List<GuardedSelection> found, HashSet<string> fragmentPath)
    {
        foreach (var selection in set.Selections)
        {
            if (!context.ShouldIncludeNode(selection))
            {
                continue;
            }

            switch (selection)
            {
                case GraphQLField field:
                    VisitField(context, field, parent, found, fragmentPath);
                    break;
                case GraphQLInlineFragment inline:
                    var inlineType = inline.TypeCondition is { } condition ? context.Schema.AllTypes[condition.Type.Name.StringValue] : parent;
                    Walk(context, inline.SelectionSet, inlineType ?? parent, found, fragmentPath);
                    break;
                case GraphQLFragmentSpread spread:
                    var name = spread.FragmentName.Name.StringValue;
                    var fragment = context.Document.Definitions.OfType<GraphQLFragmentDefinition>().FirstOrDefault(f => f.FragmentName.Name.StringValue == name);
                    // A fragment cycle is a validation error reported elsewhere; never loop on it here.
                    if (fragment is not null && fragmentPath.Add(name))
                    {
                        var fragmentType = context.Schema.AllTypes[fragment.TypeCondition.Type.Name.StringValue] ?? parent;
                        Walk(context, fragment.SelectionSet, fragmentType, found, fragmentPath);
                        fragmentPath.Remove(name);
                    }

                    break;
            }
        }
    }

    private static void VisitField(ValidationContext context, GraphQLField node, IGraphType parent, List<GuardedSelection> found, HashSet<string> fragmentPath)
    {
        var name = node.Name.StringValue;
        if (name.StartsWith("__", StringComparison.Ordinal) || parent is not IComplexGraphType complex || complex.GetField(name) is not { } definition)
        {
            return;
        }

        Record(found, node, complex, definition);
        if (parent is IAbstractGraphType abstractType)
        {
            foreach (var possible in abstractType.PossibleTypes)
            {
                if (possible.GetField(name) is { } concrete)
                {
                    Record(found, node, possible, concrete);
                }
            }
        }

        if (node.SelectionSet is { } children)
        {
            Walk(context, children, definition.ResolvedType!.GetNamedType(), found, fragmentPath);
        }
    }

    private static void Record(List<GuardedSelection> found, GraphQLField node, IGraphType owner, FieldType definition)
    {
        if (definition.GetScopeRequirement() is { } requirement)
        {
            found.Add(new GuardedSelection(node, $"{owner.Name}.{definition.Name}", requirement));
        }
    }
}
