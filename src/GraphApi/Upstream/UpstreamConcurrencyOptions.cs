using System.ComponentModel.DataAnnotations;

namespace GraphApi.Upstream;

/// <summary>
/// How many Pinterest calls one HTTP request may have in flight at once (bound from <c>Pinterest</c>, beside the
/// client's own settings). Loaders, lists and aliases of one document can start many calls together; the rest wait.
/// </summary>
public sealed class UpstreamConcurrencyOptions
{
    public const string SectionName = "Pinterest";

    [Range(1, 256, ErrorMessage = "Pinterest:MaxConcurrentCallsPerRequest must be between 1 and 256.")]
    public int MaxConcurrentCallsPerRequest { get; set; } = 8;
}
