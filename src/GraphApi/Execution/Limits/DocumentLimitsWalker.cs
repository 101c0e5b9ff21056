using GraphApi.Execution.Errors;
using GraphQLParser.AST;

namespace GraphApi.Execution.Limits;

/// <summary>
/// One linear pass over a parsed document that measures what GraphQL.NET's validation and execution would walk:
/// depth, field selections, aliases and fragment spreads as if every spread were written out in place, fields per
/// response path, directives per node and introspection nesting. Each fragment is measured once and its totals reused
/// at every spread (memoised), so <c>...A ...A</c> chains that expand to 2^20 spreads cost one visit per fragment.
/// Stops at the first limit exceeded. Written because GraphQL.NET's own validation rules are the expensive part on
/// hostile documents, so the limits must run before them.
/// </summary>
/// <remarks>
/// Fields are counted per response path from the operation root (<c>me/boards</c>), not per selection set: validation
/// merges the selections of same-named fields (<c>me { A } me { B }</c> compares A with B), so 50 <c>me</c> with 9
/// <c>boards</c> each are 450 <c>boards</c> compared pairwise although no selection set holds more than 9. The path
/// count is an upper bound of what validation merges (parents of different types under one name count together).
/// A fragment carries its counts by path relative to itself (a small tree, its nested spreads folded in), added under
/// the spread's path at each spread; the tree has at most as many nodes as the fragment has fields (expanded), which
/// MaxFieldSelections bounds before any tree is added, so the walk stays linear in the document.
/// </remarks>
internal sealed class DocumentLimitsWalker
{
    private static readonly HashSet<string> IntrospectionLists = ["fields", "inputFields", "interfaces", "possibleTypes"];

    private readonly GraphQLLimitsOptions _limits;
    private readonly Dictionary<string, GraphQLFragmentDefinition> _fragments = new(StringComparer.Ordinal);

    // A fragment's measures once known; null while it is being measured (a cycle, which validation reports).
    private readonly Dictionary<string, Measure?> _measured = new(StringComparer.Ordinal);

    // Selections visited, for AnalysisWork (a plain field: one walker per document). What the memo keeps linear: without
    // it each fragment's selections are walked again at every spread. The paths a spread adds (AddPaths) are not counted:
    // a fragment's path tree is merged by response name, so a spread adds at most its distinct paths, never a fan-out.
    private int _visits;

    private DocumentLimitsWalker(GraphQLLimitsOptions limits) => _limits = limits;

    /// <summary>The first limit the document exceeds, or null; <paramref name="work"/> counts the walk's visits.</summary>
    public static DocumentLimitError? Check(GraphQLDocument document, GraphQLLimitsOptions limits, AnalysisWork? work = null)
    {
        var walker = new DocumentLimitsWalker(limits);
        try
        {
            walker.Walk(document);
            return null;
        }
        catch (LimitExceeded exceeded)
        {
            return new DocumentLimitError(exceeded.Code, exceeded.Message);
        }
        finally
        {
            work?.AddLimits(walker._visits);
        }
    }

    private void Walk(GraphQLDocument document)
    {
        var operations = new List<GraphQLOperationDefinition>();
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case GraphQLFragmentDefinition fragment:
                    if (_fragments.Count >= _limits.MaxFragmentDefinitions)
                    {
                        throw new LimitExceeded(ErrorCodes.FragmentLimitExceeded,
                            $"The document defines more than {_limits.MaxFragmentDefinitions} fragments.");
                    }

                    // A second definition of a name would go unmeasured here while validation still walks it.
                    if (!_fragments.TryAdd(fragment.FragmentName.Name.StringValue, fragment))
                    {
                        throw new LimitExceeded(ErrorCodes.FragmentLimitExceeded,
                            $"The document defines the fragment '{Shorten(fragment.FragmentName.Name.StringValue)}' more than once.");
                    }

                    break;
                case GraphQLOperationDefinition operation:
                    operations.Add(operation);
                    break;
            }
        }

        var total = new Measure();
        foreach (var operation in operations)
        {
            CheckDirectives(operation.Directives, "an operation");
            foreach (var variable in operation.Variables?.Items ?? [])
            {
                CheckDirectives(variable.Directives, "a variable definition");
            }

            var measure = VisitSelectionSet(operation.SelectionSet, PathNode.Root(fragment: null));
            CheckIntrospection(measure.IntrospectionNesting);
            total.Include(measure);
            CheckTotals(total);
        }

        // Fragments no operation uses are still walked by validation: count them once each.
        foreach (var (name, fragment) in _fragments)
        {
            if (!_measured.ContainsKey(name) && MeasureFragment(name, fragment) is { } measure)
            {
                CheckIntrospection(measure.IntrospectionNesting);
                total.Include(measure);
                CheckTotals(total);
            }
        }
    }

    private Measure VisitSelectionSet(GraphQLSelectionSet set, PathNode path)
    {
        var measure = new Measure();
        foreach (var selection in set.Selections)
        {
            _visits++;
            switch (selection)
            {
                case GraphQLField field:
                    measure.Include(VisitField(field, path));
                    break;
                case GraphQLInlineFragment inline:
                    CheckDirectives(inline.Directives, "an inline fragment");
                    // An inline fragment's fields merge into the enclosing selection set.
                    measure.Include(VisitSelectionSet(inline.SelectionSet, path));
                    break;
                case GraphQLFragmentSpread spread:
                    CheckDirectives(spread.Directives, "a fragment spread");
                    measure.Spreads++;
                    var name = spread.FragmentName.Name.StringValue;
                    if (_fragments.TryGetValue(name, out var fragment) && MeasureFragment(name, fragment) is { } spreadMeasure)
                    {
                        measure.Include(spreadMeasure);
                        // Totals first: the fragment's path tree is only added while the fields it stands for fit.
                        CheckTotals(measure);
                        AddPaths(path, spreadMeasure.Paths!);
                    }

                    break;
            }

            CheckTotals(measure);
        }

        return measure;
    }

    private Measure VisitField(GraphQLField field, PathNode parent)
    {
        CheckDirectives(field.Directives, "a field");
        var name = field.Name.StringValue;
        var path = parent.Child(field.Alias?.Name.StringValue ?? name);
        Count(path, 1);

        var child = field.SelectionSet is null
            ? new Measure()
            : VisitSelectionSet(field.SelectionSet, path);
        var measure = new Measure
        {
            Fields = 1 + child.Fields,
            Aliases = (field.Alias is null ? 0 : 1) + child.Aliases,
            Spreads = child.Spreads,
            Depth = 1 + child.Depth,
            ListNesting = (IntrospectionLists.Contains(name) ? 1 : 0) + child.ListNesting,
            // Below __schema/__type every type is an introspection type: from there on, each list level counts.
            IntrospectionNesting = name is "__schema" or "__type" ? child.ListNesting : child.IntrospectionNesting,
        };

        if (measure.Depth > _limits.MaxDepth)
        {
            throw new LimitExceeded(ErrorCodes.DepthLimitExceeded,
                $"The document nests fields deeper than {_limits.MaxDepth} levels (fragments expanded).");
        }

        CheckIntrospection(measure.IntrospectionNesting);
        return measure;
    }

    private Measure? MeasureFragment(string name, GraphQLFragmentDefinition fragment)
    {
        if (_measured.TryGetValue(name, out var known))
        {
            return known;
        }

        _measured[name] = null;
        CheckDirectives(fragment.Directives, "a fragment definition");
        var paths = PathNode.Root(name);
        var measure = VisitSelectionSet(fragment.SelectionSet, paths);
        measure.Paths = paths;
        _measured[name] = measure;
        return measure;
    }

    /// <summary>Adds a fragment's counts (by path relative to the fragment) under the spread's path.</summary>
    private void AddPaths(PathNode target, PathNode fragmentPaths)
    {
        foreach (var (responseName, source) in fragmentPaths.Children)
        {
            var node = target.Child(responseName);
            Count(node, source.Count);
            AddPaths(node, source);
        }
    }

    private void Count(PathNode node, int count)
    {
        // Saturating: a fragment's counts are already bounded by the field limit, but never let them wrap.
        node.Count = (int)Math.Min((long)node.Count + count, int.MaxValue);
        if (node.Count > _limits.MaxFieldsPerResponseName)
        {
            var where = node.Fragment is null ? string.Empty : $" in fragment \"{Shorten(node.Fragment)}\"";
            throw new LimitExceeded(ErrorCodes.SelectionLimitExceeded,
                $"More than {_limits.MaxFieldsPerResponseName} fields with the response path \"{Shorten(node.Path())}\"{where} are merged (fields of same-named parents merge too).");
        }
    }

    private void CheckDirectives(GraphQLDirectives? directives, string location)
    {
        if (directives is not null && directives.Items.Count > _limits.MaxDirectivesPerLocation)
        {
            throw new LimitExceeded(ErrorCodes.DirectiveLimitExceeded,
                $"{char.ToUpperInvariant(location[0])}{location[1..]} carries {directives.Items.Count} directives; the limit is {_limits.MaxDirectivesPerLocation}.");
        }
    }

    private void CheckIntrospection(int nesting)
    {
        if (nesting > _limits.MaxIntrospectionDepth)
        {
            throw new LimitExceeded(ErrorCodes.IntrospectionDepthExceeded,
                $"The introspection query nests fields/inputFields/interfaces/possibleTypes more than {_limits.MaxIntrospectionDepth} levels deep.");
        }
    }

    private void CheckTotals(Measure measure)
    {
        if (measure.Fields > _limits.MaxFieldSelections)
        {
            throw new LimitExceeded(ErrorCodes.SelectionLimitExceeded,
                $"The document selects more than {_limits.MaxFieldSelections:N0} fields (fragments expanded).");
        }

        if (measure.Aliases > _limits.MaxAliases)
        {
            throw new LimitExceeded(ErrorCodes.AliasLimitExceeded,
                $"The document uses more than {_limits.MaxAliases:N0} aliases (fragments expanded).");
        }

        if (measure.Spreads > _limits.MaxFragmentSpreads)
        {
            throw new LimitExceeded(ErrorCodes.FragmentLimitExceeded,
                $"The document expands to more than {_limits.MaxFragmentSpreads:N0} fragment spreads.");
        }
    }

    private static string Shorten(string name) => name.Length <= 128 ? name : name[..128] + "…";

    private sealed class Measure
    {
        public long Fields { get; set; }

        public long Aliases { get; set; }

        public long Spreads { get; set; }

        public int Depth { get; set; }

        public int ListNesting { get; set; }

        public int IntrospectionNesting { get; set; }

        /// <summary>A fragment's field counts by path relative to the fragment; null for other measures.</summary>
        public PathNode? Paths { get; set; }

        /// <summary>Adds a sibling selection's counts; depths and nestings are the deepest of the two.</summary>
        public void Include(Measure other)
        {
            Fields += other.Fields;
            Aliases += other.Aliases;
            Spreads += other.Spreads;
            Depth = Math.Max(Depth, other.Depth);
            ListNesting = Math.Max(ListNesting, other.ListNesting);
            IntrospectionNesting = Math.Max(IntrospectionNesting, other.IntrospectionNesting);
        }
    }

    /// <summary>One response path: how many fields (fragments expanded) have it, and the paths below it.</summary>
    private sealed class PathNode
    {
        private readonly PathNode? _parent;
        private readonly string? _name;
        private Dictionary<string, PathNode>? _children;

        private PathNode(PathNode? parent, string? name, string? fragment)
        {
            _parent = parent;
            _name = name;
            Fragment = fragment;
        }

        /// <summary>The fragment whose relative paths this node belongs to; null under an operation.</summary>
        public string? Fragment { get; }

        public int Count { get; set; }

        public IEnumerable<KeyValuePair<string, PathNode>> Children =>
            _children ?? Enumerable.Empty<KeyValuePair<string, PathNode>>();

        public static PathNode Root(string? fragment) => new(null, null, fragment);

        public PathNode Child(string responseName)
        {
            _children ??= new Dictionary<string, PathNode>(StringComparer.Ordinal);
            if (!_children.TryGetValue(responseName, out var child))
            {
                child = new PathNode(this, responseName, Fragment);
                _children.Add(responseName, child);
            }

            return child;
        }

        /// <summary>Response names from the root, joined by '/' (a GraphQL name cannot contain one); only for messages.</summary>
        public string Path()
        {
            var names = new List<string>();
            for (var node = this; node._name is not null; node = node._parent!)
            {
                names.Add(node._name);
            }

            names.Reverse();
            return string.Join('/', names);
        }
    }

    private sealed class LimitExceeded(string code, string message) : Exception(message)
    {
        public string Code { get; } = code;
    }
}
