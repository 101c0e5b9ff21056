using System.ComponentModel.DataAnnotations;

namespace GraphApi.Upstream;

/// <summary>
/// How many Pinterest calls one HTTP request may have in flight at once (bound from <c>Pinterest</c>, beside the
/// client's own settings). Loaders, lists and aliases of one document can start many calls together; the rest wait.
/// The default (32) lets one page of 25 items that each need a call (a dashboard's boards and their pins) go out
/// in one wave: with 8, such a page took 4 rounds of upstream latency instead of 1.
/// </summary>
public sealed class UpstreamConcurrencyOptions
{
    public const string SectionName = "Pinterest";

    [Range(1, 256, ErrorMessage = "Pinterest:MaxConcurrentCallsPerRequest must be between 1 and 256.")]
    public int MaxConcurrentCallsPerRequest { get; set; } = 32;
}
