namespace GraphApi.Execution.Cost;

/// <summary>What <c>extensions.cost</c> says: the operation's estimate, the request's running totals, and the budgets.</summary>
internal readonly record struct CostFigures(int UpstreamCalls, int Writes, int RequestUpstreamCalls, int RequestWrites, int MaxUpstreamCalls, int MaxWrites)
{
    public static CostFigures Of(RequestCost request, CostOptions limits) => new(
        request.LastOperationUpstreamCalls, request.LastOperationWrites, request.UpstreamCalls, request.Writes, limits.MaxUpstreamCalls, limits.MaxWrites);

    public Dictionary<string, object?> ToExtension() => new()
    {
        ["upstreamCalls"] = UpstreamCalls,
        ["maxUpstreamCalls"] = MaxUpstreamCalls,
        ["writes"] = Writes,
        ["maxWrites"] = MaxWrites,
        ["requestUpstreamCalls"] = RequestUpstreamCalls,
        ["requestWrites"] = RequestWrites,
    };
}
