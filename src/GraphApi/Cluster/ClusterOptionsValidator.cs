using Microsoft.Extensions.Options;

namespace GraphApi.Cluster;

/// <summary>Checks the <c>Cluster</c> section at start-up; each message names its setting.</summary>
internal sealed class ClusterOptionsValidator : IValidateOptions<ClusterOptions>
{
    internal static readonly TimeSpan MinWait = TimeSpan.FromSeconds(1);
    internal static readonly TimeSpan MaxWait = TimeSpan.FromMinutes(5);

    public ValidateOptionsResult Validate(string? name, ClusterOptions options) =>
        options.RefreshLockWait < MinWait || options.RefreshLockWait > MaxWait
            ? ValidateOptionsResult.Fail("Cluster:RefreshLockWait must be between 00:00:01 and 00:05:00 (e.g. 00:00:25).")
            : ValidateOptionsResult.Success;
}
