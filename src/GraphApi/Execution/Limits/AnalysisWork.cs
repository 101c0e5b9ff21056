namespace GraphApi.Execution.Limits;

/// <summary>
/// How many selections the three analyses that run before execution have visited in this host: the document limits
/// walker, the scope analysis and the cost analysis. Each promises work linear in the written document however its
/// fragments fan out (each memoises per fragment); these counts let tests hold them to that promise instead of timing
/// them. Cheap by design: an analysis counts in a plain field of its own (per-run) instance and adds its total here
/// once when it ends, so the hot path is one increment per selection and one <see cref="Interlocked"/> add per
/// analysis, nothing allocated. One instance per host (a singleton), so test hosts side by side do not share counts.
/// </summary>
internal sealed class AnalysisWork
{
    private long _limitsVisits;
    private long _scopeVisits;
    private long _costVisits;

    /// <summary>Selections the document limits walker visited.</summary>
    public long LimitsVisits => Interlocked.Read(ref _limitsVisits);

    /// <summary>Selections the scope analysis visited looking for guarded fields.</summary>
    public long ScopeVisits => Interlocked.Read(ref _scopeVisits);

    /// <summary>Selections the cost analysis visited (its cost pass and its does-this-handle-load pass).</summary>
    public long CostVisits => Interlocked.Read(ref _costVisits);

    public void AddLimits(int visits) => Interlocked.Add(ref _limitsVisits, visits);

    public void AddScope(int visits) => Interlocked.Add(ref _scopeVisits, visits);

    public void AddCost(int visits) => Interlocked.Add(ref _costVisits, visits);

    public void Reset()
    {
        Interlocked.Exchange(ref _limitsVisits, 0);
        Interlocked.Exchange(ref _scopeVisits, 0);
        Interlocked.Exchange(ref _costVisits, 0);
    }
}
