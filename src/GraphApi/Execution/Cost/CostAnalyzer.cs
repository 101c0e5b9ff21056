using System.Runtime.CompilerServices;
using GraphApi.DataLoading;
using GraphApi.Execution.Limits;
using GraphApi.Execution.Scopes;
using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace GraphApi.Execution.Cost;

/// <summary>What one operation is estimated to cost: Pinterest calls (an upper bound) and writes (root mutation fields).</summary>
public readonly record struct OperationCost(int UpstreamCalls, int Writes, UpstreamCategories Categories = UpstreamCategories.None);

/// <summary>
/// Estimates the Pinterest calls of the selected operation as it will execute: variables and <c>@skip</c>/<c>@include</c>
/// applied, fragments and inline fragments expanded, and on an abstract type the most expensive possible object type.
/// Each (selection set, object type) is costed once and reused wherever it is spread, scaled by how many times its
/// parent resolves, so the walk is linear in the document however fragments fan out.
/// </summary>
internal sealed class CostAnalyzer
{
    /// <summary>
    /// Reported estimates stop here: far above any budget, and low enough that a batch of the most operations the
    /// endpoint accepts (100) still adds up inside an <see cref="int"/>.
    /// </summary>
    public const int MaxReported = 20_000_000;

    private readonly ValidationContext _context;
    private readonly Dictionary<string, GraphQLFragmentDefinition> _fragments = new(StringComparer.Ordinal);
    private readonly Dictionary<(GraphQLSelectionSet, IGraphType), CostVector> _costed = new(SelectionKeyComparer.Instance);
    private readonly HashSet<(GraphQLSelectionSet, IGraphType)> _inProgress = new(SelectionKeyComparer.Instance);
    private readonly Dictionary<(GraphQLSelectionSet, IGraphType), bool> _needsEntity = new(SelectionKeyComparer.Instance);
    private readonly Dictionary<(GraphQLSelectionSet, IGraphType), IReadOnlyList<IObjectGraphType>> _named = new(SelectionKeyComparer.Instance);
    private readonly Dictionary<(IAbstractGraphType, bool), bool> _freeAbstract = [];

    // Selections visited by both passes (a plain field: one analyzer per operation, added to AnalysisWork once at the end).
    private int _visits;

    private CostAnalyzer(ValidationContext context)
    {
        _context = context;
        foreach (var fragment in context.Document.Definitions.OfType<GraphQLFragmentDefinition>())
        {
            _fragments.TryAdd(fragment.FragmentName.Name.StringValue, fragment);
        }
    }

    /// <summary>The operation's estimate; <paramref name="work"/> counts the selections visited.</summary>
    public static OperationCost Analyze(ValidationContext context, AnalysisWork? work = null)
    {
        var root = context.Operation.Operation switch
        {
            OperationType.Mutation => context.Schema.Mutation,
            OperationType.Subscription => context.Schema.Subscription,
            _ => context.Schema.Query,
        };
        if (root is null)
        {
            return default;
        }

        var analyzer = new CostAnalyzer(context);
        var cost = analyzer.Cost(context.Operation.SelectionSet, root);
        work?.AddCost(analyzer._visits);
        return new OperationCost(Report(cost.UpstreamCalls()), Report(cost.Writes), cost.Categories);
    }

    private static int Report(double value) => (int)Math.Min(value, MaxReported);

    private CostVector Cost(GraphQLSelectionSet set, IObjectGraphType type)
    {
        var key = (set, (IGraphType)type);
        if (_costed.TryGetValue(key, out var known))
        {
            return known;
        }

        // A fragment cycle fails validation before this rule runs; never loop on one anyway.
        if (!_inProgress.Add(key))
        {
            return CostVector.Empty;
        }

        var cost = new CostVector();
        foreach (var selection in set.Selections)
        {
            _visits++;
            if (!_context.ShouldIncludeNode(selection))
            {
                continue;
            }

            switch (selection)
            {
                case GraphQLField field:
                    AddField(cost, field, type);
                    break;
                case GraphQLInlineFragment inline when Applies(inline.TypeCondition, type):
                    cost.Add(Cost(inline.SelectionSet, type), 1);
                    break;
                case GraphQLFragmentSpread spread
                    when _fragments.TryGetValue(spread.FragmentName.Name.StringValue, out var fragment) && Applies(fragment.TypeCondition, type):
                    cost.Add(Cost(fragment.SelectionSet, type), 1);
                    break;
            }
        }

        _inProgress.Remove(key);
        _costed[key] = cost;
        return cost;
    }

    private void AddField(CostVector cost, GraphQLField node, IObjectGraphType type)
    {
        var name = node.Name.StringValue;
        if (name.StartsWith("__", StringComparison.Ordinal) || type.GetField(name) is not { } definition)
        {
            return;
        }

        if (ReferenceEquals(type, _context.Schema.Mutation))
        {
            cost.AddWrite();
        }

        // A guarded field without a declaration still calls Pinterest: count it once per resolve (a schema test
        // makes sure every such field declares its cost).
        var declared = definition.GetUpstreamCost() ?? (definition.GetScopeRequirement() is not null ? UpstreamCost.OneCall : null);
        double items = 1;
        if (declared is not null)
        {
            var arguments = new CostArguments(
                _context.ArgumentValues is { } all && all.TryGetValue(node, out var values) ? values : null, definition);
            if (declared.Items is { } itemsOf)
            {
                items = itemsOf(arguments);
                if (items <= 0)
                {
                    // The resolver refuses these arguments before it calls Pinterest.
                    return;
                }
            }

            cost.AddCategory(ReferenceEquals(type, _context.Schema.Mutation)
                ? UpstreamCategories.OrgWrite
                : definition.GetUpstreamCategory() ?? UpstreamCategories.OrgRead);
            switch (declared.Kind)
            {
                case UpstreamCostKind.PerKey when declared.KeysFromArguments is { } keysOf:
                    foreach (var key in keysOf(arguments))
                    {
                        if (declared.IsHandleKey?.Invoke(key) != true || NeedsEntity(node.SelectionSet, TypeOfKey(key, definition)))
                        {
                            cost.AddKey(key);
                        }
                    }

                    break;
                case UpstreamCostKind.PerKey when declared.IsHandleKey is not null:
                    if (NeedsEntity(node.SelectionSet, definition.ResolvedType!.GetNamedType()))
                    {
                        cost.AddCall();
                    }

                    break;
                case UpstreamCostKind.Batched:
                    cost.AddBatchKey($"{type.Name}.{definition.Name}({arguments.Canonical()})", declared.BatchSize);
                    break;
                default:
                    for (var i = 0; i < declared.CallsPerResolve; i++)
                    {
                        cost.AddCall();
                    }

                    break;
            }
        }

        if (node.SelectionSet is { } children)
        {
            cost.Add(ChildCost(children, definition.ResolvedType!.GetNamedType()), items);
        }
    }

    /// <summary>On an abstract type, the possible object type whose selection costs most (each has its own resolvers).</summary>
    private CostVector ChildCost(GraphQLSelectionSet set, IGraphType type)
    {
        switch (type)
        {
            case IObjectGraphType objectType:
                return Cost(set, objectType);
            case IAbstractGraphType abstractType:
                var key = (set, type);
                if (_costed.TryGetValue(key, out var known))
                {
                    return known;
                }

                var most = CostVector.Empty;
                var mostCalls = -1d;
                foreach (var possible in TypesToVisit(set, abstractType, forEntity: false))
                {
                    var candidate = Cost(set, possible);
                    var calls = candidate.UpstreamCalls();
                    if (calls > mostCalls)
                    {
                        (most, mostCalls) = (candidate, calls);
                    }
                }

                _costed[key] = most;
                return most;
            default:
                return CostVector.Empty;
        }
    }

    /// <summary>The object type a handle's key stands for: the field's type, or on <c>node</c> the type the global ID names.</summary>
    private IGraphType TypeOfKey(LoaderKey key, FieldType definition)
    {
        var named = definition.ResolvedType!.GetNamedType();
        return named is IAbstractGraphType abstractType && _context.Schema.AllTypes[key.Loader] is IObjectGraphType objectType && abstractType.IsPossibleType(objectType)
            ? objectType
            : named;
    }

    /// <summary>
    /// Whether a handle of <paramref name="type"/> loads its entity: some selected field (fragments expanded, skip and
    /// include applied) is not key-only. A handle with no selection, or only <c>id</c>, <c>pins</c>, ..., costs no call.
    /// </summary>
    private bool NeedsEntity(GraphQLSelectionSet? set, IGraphType type)
    {
        if (set is null)
        {
            return false;
        }

        if (type is IAbstractGraphType abstractType)
        {
            return TypesToVisit(set, abstractType, forEntity: true).Any(possible => NeedsEntity(set, possible));
        }

        if (type is not IObjectGraphType objectType)
        {
            return false;
        }

        var key = (set, type);
        if (_needsEntity.TryGetValue(key, out var known))
        {
            return known;
        }

        // A fragment cycle fails validation before this rule runs; the provisional answer keeps a cycle from looping.
        _needsEntity[key] = false;
        var needs = false;
        foreach (var selection in set.Selections)
        {
            _visits++;
            if (!_context.ShouldIncludeNode(selection))
            {
                continue;
            }

            needs = selection switch
            {
                GraphQLField field => !field.Name.StringValue.StartsWith("__", StringComparison.Ordinal)
                    && objectType.GetField(field.Name.StringValue) is { } definition && !definition.IsKeyOnly(),
                GraphQLInlineFragment inline => Applies(inline.TypeCondition, objectType) && NeedsEntity(inline.SelectionSet, objectType),
                GraphQLFragmentSpread spread => _fragments.TryGetValue(spread.FragmentName.Name.StringValue, out var fragment)
                    && Applies(fragment.TypeCondition, objectType) && NeedsEntity(fragment.SelectionSet, objectType),
                _ => false,
            };
            if (needs)
            {
                break;
            }
        }

        _needsEntity[key] = needs;
        return needs;
    }

    /// <summary>
    /// The possible types of <paramref name="abstractType"/> worth costing under <paramref name="set"/>. Node has a dozen
    /// possible types and grows with every feature; costing each one walked a <c>nodes(ids)</c> selection a dozen times.
    /// When every field the abstract type itself offers is free on every possible type (Node's <c>id</c>, a union's
    /// <c>__typename</c>), a possible type no fragment names can only select free fields: it costs nothing and loads no
    /// entity, so only the types some fragment names are visited. The scan reads each written selection once. Whether an
    /// entity loads (<paramref name="forEntity"/>) also needs those fields key-only: a non-handle type's <c>id</c> is free
    /// but not key-only.
    /// </summary>
    private IEnumerable<IObjectGraphType> TypesToVisit(GraphQLSelectionSet set, IAbstractGraphType abstractType, bool forEntity)
    {
        if (!IsFree(abstractType, forEntity))
        {
            return abstractType.PossibleTypes;
        }

        var key = (set, (IGraphType)abstractType);
        if (_named.TryGetValue(key, out var known))
        {
            return known;
        }

        var named = new HashSet<IObjectGraphType>();
        var scanned = new HashSet<GraphQLSelectionSet>(ReferenceEqualityComparer.Instance);
        Scan(set);
        var result = abstractType.PossibleTypes.Where(named.Contains).ToList();
        _named[key] = result;
        return result;

        void Scan(GraphQLSelectionSet selections)
        {
            // A set spread twice is read once; a fragment cycle fails validation before this rule runs.
            if (!scanned.Add(selections))
            {
                return;
            }

            foreach (var selection in selections.Selections)
            {
                _visits++;
                if (!_context.ShouldIncludeNode(selection))
                {
                    continue;
                }

                var (condition, inner) = selection switch
                {
                    GraphQLInlineFragment inline => (inline.TypeCondition, inline.SelectionSet),
                    GraphQLFragmentSpread spread when _fragments.TryGetValue(spread.FragmentName.Name.StringValue, out var fragment) =>
                        (fragment.TypeCondition, fragment.SelectionSet),
                    _ => (null, (GraphQLSelectionSet?)null),
                };
                if (inner is null)
                {
                    continue;
                }

                var conditionType = condition is null ? abstractType : _context.Schema.AllTypes[condition.Type.Name.StringValue];
                switch (conditionType)
                {
                    case var same when ReferenceEquals(same, abstractType):
                        Scan(inner);
                        break;
                    case IObjectGraphType objectType when abstractType.IsPossibleType(objectType):
                        named.Add(objectType);
                        break;
                    case IAbstractGraphType other:
                        named.UnionWith(other.PossibleTypes.Where(abstractType.IsPossibleType));
                        break;
                }
            }
        }
    }

    /// <summary>Whether every field of the abstract type costs nothing (and, for entities, is key-only) on each possible type.</summary>
    private bool IsFree(IAbstractGraphType abstractType, bool keyOnly)
    {
        if (_freeAbstract.TryGetValue((abstractType, keyOnly), out var known))
        {
            return known;
        }

        var fields = abstractType is IInterfaceGraphType face ? face.Fields.Select(f => f.Name).ToList() : [];
        var free = abstractType.PossibleTypes.All(possible => fields.All(name =>
            possible.GetField(name) is { } field && field.GetUpstreamCost() is null && field.GetScopeRequirement() is null
            && (!keyOnly || field.IsKeyOnly()) && field.ResolvedType?.GetNamedType() is not (IComplexGraphType or IAbstractGraphType)));
        _freeAbstract[(abstractType, keyOnly)] = free;
        return free;
    }

    private bool Applies(GraphQLTypeCondition? condition, IObjectGraphType type)
    {
        if (condition is null)
        {
            return true;
        }

        var named = _context.Schema.AllTypes[condition.Type.Name.StringValue];
        return ReferenceEquals(named, type) || (named is IAbstractGraphType abstractType && abstractType.IsPossibleType(type));
    }

    /// <summary>AST nodes and graph types compare by reference: the same node spread twice is one entry.</summary>
    private sealed class SelectionKeyComparer : IEqualityComparer<(GraphQLSelectionSet Set, IGraphType Type)>
    {
        public static readonly SelectionKeyComparer Instance = new();

        public bool Equals((GraphQLSelectionSet Set, IGraphType Type) x, (GraphQLSelectionSet Set, IGraphType Type) y) =>
            ReferenceEquals(x.Set, y.Set) && ReferenceEquals(x.Type, y.Type);

        public int GetHashCode((GraphQLSelectionSet Set, IGraphType Type) obj) =>
            HashCode.Combine(RuntimeHelpers.GetHashCode(obj.Set), RuntimeHelpers.GetHashCode(obj.Type));
    }
}
