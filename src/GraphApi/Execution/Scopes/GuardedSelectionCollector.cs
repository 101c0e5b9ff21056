using GraphApi.Execution.Limits;
using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace GraphApi.Execution.Scopes;

/// <summary>A selected field whose definition carries a scope requirement.</summary>
internal sealed record GuardedSelection(GraphQLField Node, string Coordinate, ScopeRequirement Requirement);

/// <summary>
/// Walks the selected operation as it will execute: fragments expanded, <c>@skip</c>/<c>@include</c> applied, and
/// on an abstract type each possible object type's own field definition considered (that is the resolver that runs).
/// A named fragment's guarded fields do not depend on where it is spread, so each fragment is walked once (per type
/// condition): nested spreads cannot make the walk exponential, and each guarded field node is reported once.
/// </summary>
internal static class GuardedSelectionCollector
{
    /// <summary>The guarded fields the operation selects; <paramref name="work"/> counts the selections visited.</summary>
    public static List<GuardedSelection> Collect(ValidationContext context, AnalysisWork? work = null)
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
            var fragments = new Dictionary<string, GraphQLFragmentDefinition>(StringComparer.Ordinal);
            foreach (var fragment in context.Document.Definitions.OfType<GraphQLFragmentDefinition>())
            {
                fragments.TryAdd(fragment.FragmentName.Name.StringValue, fragment);
            }

            var walker = new Walker(context, fragments, found);
            walker.Walk(context.Operation.SelectionSet, root);
            work?.AddScope(walker.Visits);
        }

        return found;
    }

    private sealed class Walker(ValidationContext context, Dictionary<string, GraphQLFragmentDefinition> fragments, List<GuardedSelection> found)
    {
        // Also what stops a fragment cycle (a validation error reported elsewhere) from looping here.
        private readonly HashSet<(string Fragment, string Type)> _walked = [];

        /// <summary>Selections visited (a plain field: one walker per analysis, added to AnalysisWork once at the end).</summary>
        public int Visits { get; private set; }

        public void Walk(GraphQLSelectionSet set, IGraphType parent)
        {
            foreach (var selection in set.Selections)
            {
                Visits++;
                if (!context.ShouldIncludeNode(selection))
                {
                    continue;
                }

                switch (selection)
                {
                    case GraphQLField field:
                        VisitField(field, parent);
                        break;
                    case GraphQLInlineFragment inline:
                        var inlineType = inline.TypeCondition is { } condition ? context.Schema.AllTypes[condition.Type.Name.StringValue] : parent;
                        Walk(inline.SelectionSet, inlineType ?? parent);
                        break;
                    case GraphQLFragmentSpread spread when fragments.TryGetValue(spread.FragmentName.Name.StringValue, out var fragment):
                        var fragmentType = context.Schema.AllTypes[fragment.TypeCondition.Type.Name.StringValue] ?? parent;
                        if (_walked.Add((fragment.FragmentName.Name.StringValue, fragmentType.Name)))
                        {
                            Walk(fragment.SelectionSet, fragmentType);
                        }

                        break;
                }
            }
        }

        private void VisitField(GraphQLField node, IGraphType parent)
        {
            var name = node.Name.StringValue;
            if (name.StartsWith("__", StringComparison.Ordinal) || parent is not IComplexGraphType complex || complex.GetField(name) is not { } definition)
            {
                return;
            }

            Record(node, complex, definition);
            if (parent is IAbstractGraphType abstractType)
            {
                foreach (var possible in abstractType.PossibleTypes)
                {
                    if (possible.GetField(name) is { } concrete)
                    {
                        Record(node, possible, concrete);
                    }
                }
            }

            if (node.SelectionSet is { } children)
            {
                Walk(children, definition.ResolvedType!.GetNamedType());
            }
        }

        private void Record(GraphQLField node, IGraphType owner, FieldType definition)
        {
            if (definition.GetScopeRequirement() is { } requirement)
            {
                found.Add(new GuardedSelection(node, $"{owner.Name}.{definition.Name}", requirement));
            }
        }
    }
}
