namespace GraphApi.Execution.Cost;

/// <summary>A loader and key the cost analysis can dedup on: one Pinterest call per distinct (loader, key) per request.</summary>
public readonly record struct LoaderKey(string Loader, string Key);

/// <summary>How a field spends Pinterest calls.</summary>
public enum UpstreamCostKind
{
    /// <summary>One call each time the field resolves (a write, a list page, an account read).</summary>
    PerResolve,

    /// <summary>A per-request loader: one call per distinct key; a key taken from the parent object is counted per resolve.</summary>
    PerKey,

    /// <summary>A per-request loader that fetches up to <see cref="UpstreamCost.BatchSize"/> keys per call.</summary>
    Batched,
}

/// <summary>
/// The Pinterest calls a field can make, declared next to the field (<c>.UpstreamCost(...)</c>, stored as field
/// metadata) and read by <see cref="CostAnalyzer"/> before execution. <see cref="Items"/> says how many objects one
/// resolve returns, which multiplies the cost of the field's own selection (a connection's <c>first</c>).
/// </summary>
public sealed class UpstreamCost
{
    public const string MetadataKey = "graphapi:upstreamCost";

    private UpstreamCost(UpstreamCostKind kind)
    {
        Kind = kind;
    }

    public UpstreamCostKind Kind { get; }

    /// <summary>PerKey: the keys known from the arguments (null: the key comes from the parent object).</summary>
    public Func<CostArguments, IEnumerable<LoaderKey>>? KeysFromArguments { get; private init; }

    /// <summary>
    /// PerKey: which keys the field resolves to a handle (DataLoading/EntityHandle) rather than a load; such a key costs
    /// a call only when the field's selection needs more than the key (null: every key is loaded).
    /// </summary>
    public Func<LoaderKey, bool>? IsHandleKey { get; private init; }

    /// <summary>Batched: keys per call.</summary>
    public int BatchSize { get; private init; } = 1;

    /// <summary>Objects one resolve returns (null: one, or a value that makes no further calls).</summary>
    public Func<CostArguments, int>? Items { get; private init; }

    /// <summary>One call each time the field resolves.</summary>
    public static UpstreamCost OneCall { get; } = new(UpstreamCostKind.PerResolve);

    /// <summary>PerResolve: calls per resolve (a field that may retry with other input, e.g. a credentials test).</summary>
    public int CallsPerResolve { get; private init; } = 1;

    /// <summary>Up to <paramref name="count"/> calls each time the field resolves.</summary>
    public static UpstreamCost Calls(int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        return new(UpstreamCostKind.PerResolve) { CallsPerResolve = count };
    }

    /// <summary>
    /// One call per resolve returning up to <c>first</c> items (its default when absent). A value outside
    /// <paramref name="min"/>–<paramref name="max"/> is refused by the resolver before it calls Pinterest, so it costs
    /// nothing. A connection takes <c>first: 0</c> (the Cursor Connections specification allows it) and still makes its
    /// call to answer hasNextPage: counted as one item, so the call is charged.
    /// </summary>
    public static UpstreamCost Page(int defaultSize, int max, string argument = "first", int min = 1) => new(UpstreamCostKind.PerResolve)
    {
        Items = args =>
        {
            var first = args.GetInt(argument) ?? defaultSize;
            return first >= min && first <= max ? Math.Max(first, 1) : 0;
        },
    };

    /// <summary>A loader keyed by something of the parent object (unknown before execution): counted once per resolve.</summary>
    public static UpstreamCost ParentKey { get; } = new(UpstreamCostKind.PerKey);

    /// <summary>As <see cref="ParentKey"/>, resolved to a handle: a call only when a field other than the key's is selected.</summary>
    public static UpstreamCost ParentKeyHandle { get; } = new(UpstreamCostKind.PerKey) { IsHandleKey = _ => true };

    /// <summary>A loader keyed by the field's arguments; no key (e.g. a malformed ID the resolver refuses) costs nothing.</summary>
    public static UpstreamCost ArgumentKey(Func<CostArguments, LoaderKey?> key) => new(UpstreamCostKind.PerKey)
    {
        KeysFromArguments = args => key(args) is { } k ? [k] : [],
    };

    /// <summary>
    /// As <see cref="ArgumentKey"/>, for a field that resolves the keys <paramref name="isHandle"/> accepts to a handle:
    /// such a key costs a call only when the selection needs more than the key.
    /// </summary>
    public static UpstreamCost ArgumentKeyHandle(Func<CostArguments, LoaderKey?> key, Func<LoaderKey, bool>? isHandle = null) => new(UpstreamCostKind.PerKey)
    {
        KeysFromArguments = args => key(args) is { } k ? [k] : [],
        IsHandleKey = isHandle ?? (_ => true),
    };

    /// <summary>
    /// A loader keyed by each item of a list argument (<c>nodes(ids:)</c>): one call per distinct key, and the
    /// selection is resolved once per item. More than <paramref name="max"/> items are refused before any call.
    /// </summary>
    public static UpstreamCost ListArgumentKeys(string argument, int max, Func<string, LoaderKey?> key, Func<LoaderKey, bool>? isHandle = null) => new(UpstreamCostKind.PerKey)
    {
        IsHandleKey = isHandle,
        KeysFromArguments = args => args.GetStrings(argument) is { Count: var n } items && n <= max
            ? items.Select(key).OfType<LoaderKey>()
            : [],
        Items = args => args.GetStrings(argument) is { Count: var n } && n <= max ? n : 0,
    };

    /// <summary>
    /// A batching loader: the keys of this field (same coordinate and arguments) across the operation share calls
    /// of up to <paramref name="batchSize"/> keys.
    /// </summary>
    public static UpstreamCost Batched(int batchSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        return new(UpstreamCostKind.Batched) { BatchSize = batchSize };
    }
}
