namespace GraphApi.Execution.Cost;

/// <summary>
/// What the cost analysis estimated for the current HTTP request (scoped: a batch adds up its operations). The
/// per-caller upstream budget and telemetry read it after the cost analysis ran; nothing else writes it.
/// </summary>
public sealed class RequestCost
{
    /// <summary>Estimated Pinterest calls of every operation analysed so far in this HTTP request.</summary>
    public int UpstreamCalls { get; private set; }

    /// <summary>Root mutation fields (writes) of every operation analysed so far in this HTTP request.</summary>
    public int Writes { get; private set; }

    /// <summary>The estimate of the operation analysed last (what <c>extensions.cost</c> reports for it).</summary>
    public int LastOperationUpstreamCalls { get; private set; }

    public int LastOperationWrites { get; private set; }

    /// <summary>The Pinterest rate-limit categories the last analysed operation's calls can fall in.</summary>
    public UpstreamCategories LastOperationCategories { get; private set; }

    /// <summary>How many operations were analysed (a report can tell whether the last one was).</summary>
    public int Operations { get; private set; }

    /// <summary>
    /// Records an analysed operation. Only an admitted one (<paramref name="charged"/>) adds to the request's totals:
    /// an operation refused before execution makes no call, so it must not use up the rest of a batch's budget.
    /// </summary>
    public void Add(int upstreamCalls, int writes, bool charged = true, UpstreamCategories categories = UpstreamCategories.None)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(upstreamCalls);
        ArgumentOutOfRangeException.ThrowIfNegative(writes);
        Operations++;
        LastOperationUpstreamCalls = upstreamCalls;
        LastOperationWrites = writes;
        LastOperationCategories = categories;
        if (charged)
        {
            UpstreamCalls += upstreamCalls;
            Writes += writes;
        }
    }
}
