using GraphApi.Errors;
using GraphQLParser.AST;

namespace GraphApi.Limits;

/// <summary>
/// One linear pass over a parsed document that measures what GraphQL.NET's validation and execution would walk:
/// depth, field selections, aliases and fragment spreads as if every spread were written out in place, same-named
/// fields merged into one selection set, directives per node and introspection nesting. Each fragment is measured
/// once and its totals reused at every spread (memoised), so <c>...A ...A</c> chains that expand to 2^20 spreads cost
/// one visit per fragment. Stops at the first limit exceeded. Written because GraphQL.NET's own validation rules are
/// the expensive part on hostile documents, so the limits must run before them.
/// </summary>
internal sealed class DocumentLimitsWalker
{
    private static readonly HashSet<string> IntrospectionLists = ["fields", "inputFields", "interfaces", "possibleTypes"];

    private readonly GraphQLLimitsOptions _limits;
    private readonly Dictionary<string, GraphQLFragmentDefinition> _fragments = new(StringComparer.Ordinal);

    // A fragment's measures once known; null while it is being measured (a cycle, which validation reports).
    private readonly Dictionary<string, Measure?> _measured = new(StringComparer.Ordinal);

    private DocumentLimitsWalker(GraphQLLimitsOptions limits) => _limits = limits;

    /// <summary>The first limit the document exceeds, or null.</summary>
    public static DocumentLimitError? Check(GraphQLDocument document, GraphQLLimitsOptions limits)
    {
        try
        {
            new DocumentLimitsWalker(limits).Walk(document);
            return null;
        }
        catch (LimitExceeded exceeded)
        {
            return new DocumentLimitError(exceeded.Code, exceeded.Message);
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
                        throw new LimitExceeded(RequestLimitCodes.FragmentLimitExceeded,
                            $"The document defines more than {_limits.MaxFragmentDefinitions} fragments.");
                    }

                    // A second definition of a name would go unmeasured here while validation still walks it.
                    if (!_fragments.TryAdd(fragment.FragmentName.Name.StringValue, fragment))
                    {
                        throw new LimitExceeded(RequestLimitCodes.FragmentLimitExceeded,
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

            var measure = VisitSelectionSet(operation.SelectionSet, new Dictionary<string, int>(StringComparer.Ordinal));
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

    private Measure VisitSelectionSet(GraphQLSelectionSet set, Dictionary<string, int> responseNames)
    {
        var measure = new Measure();
        foreach (var selection in set.Selections)
        {
            switch (selection)
            {
                case GraphQLField field:
                    measure.Include(VisitField(field, responseNames));
                    break;
                case GraphQLInlineFragment inline:
                    CheckDirectives(inline.Directives, "an inline fragment");
                    // An inline fragment's fields merge into the enclosing selection set.
                    measure.Include(VisitSelectionSet(inline.SelectionSet, responseNames));
                    break;
                case GraphQLFragmentSpread spread:
                    CheckDirectives(spread.Directives, "a fragment spread");
                    measure.Spreads++;
                    var name = spread.FragmentName.Name.StringValue;
                    if (_fragments.TryGetValue(name, out var fragment) && MeasureFragment(name, fragment) is { } spreadMeasure)
                    {
                        measure.Include(spreadMeasure);
                        foreach (var (responseName, count) in spreadMeasure.TopLevelNames!)
                        {
                            CountResponseName(responseNames, responseName, count);
                        }
                    }

                    break;
            }

            CheckTotals(measure);
        }

        return measure;
    }

    private Measure VisitField(GraphQLField field, Dictionary<string, int> responseNames)
    {
        CheckDirectives(field.Directives, "a field");
        var name = field.Name.StringValue;
        CountResponseName(responseNames, field.Alias?.Name.StringValue ?? name, 1);

        var child = field.SelectionSet is null
            ? new Measure()
            : VisitSelectionSet(field.SelectionSet, new Dictionary<string, int>(StringComparer.Ordinal));
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
            throw new LimitExceeded(RequestLimitCodes.DepthLimitExceeded,
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
        var topLevelNames = new Dictionary<string, int>(StringComparer.Ordinal);
        var measure = VisitSelectionSet(fragment.SelectionSet, topLevelNames);
        measure.TopLevelNames = topLevelNames;
        _measured[name] = measure;
        return measure;
    }

    private void CountResponseName(Dictionary<string, int> responseNames, string responseName, int count)
    {
        responseNames.TryGetValue(responseName, out var seen);
        seen = (int)Math.Min((long)seen + count, int.MaxValue);
        if (seen > _limits.MaxFieldsPerResponseName)
        {
            throw new LimitExceeded(RequestLimitCodes.SelectionLimitExceeded,
                $"More than {_limits.MaxFieldsPerResponseName} fields named \"{Shorten(responseName)}\" are merged into one selection set.");
        }

        responseNames[responseName] = seen;
    }

    private void CheckDirectives(GraphQLDirectives? directives, string location)
    {
        if (directives is not null && directives.Items.Count > _limits.MaxDirectivesPerLocation)
        {
            throw new LimitExceeded(RequestLimitCodes.DirectiveLimitExceeded,
                $"{char.ToUpperInvariant(location[0])}{location[1..]} carries {directives.Items.Count} directives; the limit is {_limits.MaxDirectivesPerLocation}.");
        }
    }

    private void CheckIntrospection(int nesting)
    {
        if (nesting > _limits.MaxIntrospectionDepth)
        {
            throw new LimitExceeded(RequestLimitCodes.IntrospectionDepthExceeded,
                $"The introspection query nests fields/inputFields/interfaces/possibleTypes more than {_limits.MaxIntrospectionDepth} levels deep.");
        }
    }

    private void CheckTotals(Measure measure)
    {
        if (measure.Fields > _limits.MaxFieldSelections)
        {
            throw new LimitExceeded(RequestLimitCodes.SelectionLimitExceeded,
                $"The document selects more than {_limits.MaxFieldSelections:N0} fields (fragments expanded).");
        }

        if (measure.Aliases > _limits.MaxAliases)
        {
            throw new LimitExceeded(RequestLimitCodes.AliasLimitExceeded,
                $"The document uses more than {_limits.MaxAliases:N0} aliases (fragments expanded).");
        }

        if (measure.Spreads > _limits.MaxFragmentSpreads)
        {
            throw new LimitExceeded(RequestLimitCodes.FragmentLimitExceeded,
                $"The document expands to more than {_limits.MaxFragmentSpreads:N0} fragment spreads.");
        }
    }

    private static string Shorten(string name) => name.Length <= 64 ? name : name[..64] + "…";

    private sealed class Measure
    {
        public long Fields { get; set; }

        public long Aliases { get; set; }

        public long Spreads { get; set; }

        public int Depth { get; set; }

        public int ListNesting { get; set; }

        public int IntrospectionNesting { get; set; }

        public Dictionary<string, int>? TopLevelNames { get; set; }

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

    private sealed class LimitExceeded(string code, string message) : Exception(message)
    {
        public string Code { get; } = code;
    }
}
