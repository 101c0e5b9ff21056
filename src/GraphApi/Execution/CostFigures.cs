namespace GraphApi.Execution;

/// <summary>
/// What <c>extensions.cost</c> says: the operation's estimate, the request's running totals, and the budgets (and,
/// where the analysis is at hand, the operation's expanded field count and its limit).
/// </summary>
internal readonly record struct CostFigures(
    int UpstreamCalls, int Writes, int RequestUpstreamCalls, int RequestWrites, int MaxUpstreamCalls, int MaxWrites, int? ExpandedFields, int MaxExpandedFields)
{
    public static CostFigures Of(RequestCost request, CostOptions limits, int? expandedFields) => new(
        request.LastOperationUpstreamCalls, request.LastOperationWrites, request.UpstreamCalls, request.Writes, limits.MaxUpstreamCalls, limits.MaxWrites,
        expandedFields, limits.MaxExpandedFields);

    public Dictionary<string, object?> ToExtension()
    {
        var extension = new Dictionary<string, object?>
        {
            ["upstreamCalls"] = UpstreamCalls,
            ["maxUpstreamCalls"] = MaxUpstreamCalls,
            ["writes"] = Writes,
            ["maxWrites"] = MaxWrites,
            ["requestUpstreamCalls"] = RequestUpstreamCalls,
            ["requestWrites"] = RequestWrites,
        };
        if (ExpandedFields is { } fields)
        {
            extension["expandedFields"] = fields;
            extension["maxExpandedFields"] = MaxExpandedFields;
        }

        return extension;
    }
}
