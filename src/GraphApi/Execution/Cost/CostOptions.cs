using System.ComponentModel.DataAnnotations;

namespace GraphApi.Execution.Cost;

/// <summary>Per-HTTP-request budgets checked before execution, bound from <c>GraphQL:Cost</c>.</summary>
public sealed class CostOptions
{
    public const string SectionName = "GraphQL:Cost";

    /// <summary>
    /// Most estimated Pinterest calls one HTTP request (all operations of a batch together) may make. 100 admits the
    /// 30-call dashboard and a full <c>nodes(ids:)</c> refetch of 100 IDs, and is one second of Pinterest's
    /// per-user limit (100 requests/s) and a tenth of a minute's read quota (1,000/min).
    /// </summary>
    [Range(1, 1_000_000, ErrorMessage = "GraphQL:Cost:MaxUpstreamCalls must be between 1 and 1,000,000.")]
    public int MaxUpstreamCalls { get; set; } = 100;

    /// <summary>Most root mutation fields (writes) one HTTP request may run.</summary>
    [Range(1, 10_000, ErrorMessage = "GraphQL:Cost:MaxWrites must be between 1 and 10,000.")]
    public int MaxWrites { get; set; } = 10;
}
