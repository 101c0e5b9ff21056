using System.ComponentModel.DataAnnotations;

namespace GraphApi.Upstream.Quota;

/// <summary>
/// The Pinterest quota tracker (bound from <c>Quota</c>): the last rate-limit headers Pinterest sent, per connection
/// and category, in a bounded in-memory table; shown to callers and used to refuse requests that cannot fit.
/// </summary>
public sealed class QuotaOptions : IValidatableObject
{
    public const string SectionName = "Quota";

    /// <summary>Track quotas at all (the <c>quota</c> field and <c>extensions.pinterestQuota</c> stay empty when off).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Refuse an operation whose estimate cannot fit in the tracked remaining quota before it resets.</summary>
    public bool FailFast { get; set; } = true;

    /// <summary>Connections (tenant + user) kept at most; the least recently updated go first (~200 bytes each).</summary>
    public int MaxConnections { get; set; } = 10_000;

    /// <summary>A connection not updated for this long is forgotten (when read, or when the table is full).</summary>
    public TimeSpan IdleExpiry { get; set; } = TimeSpan.FromHours(1);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (MaxConnections is < 1 or > 10_000_000)
        {
            yield return new ValidationResult($"{SectionName}:{nameof(MaxConnections)} must be 1–10,000,000.", [nameof(MaxConnections)]);
        }

        if (IdleExpiry < TimeSpan.FromSeconds(1) || IdleExpiry > TimeSpan.FromDays(7))
        {
            yield return new ValidationResult($"{SectionName}:{nameof(IdleExpiry)} must be between 00:00:01 and 7.00:00:00.", [nameof(IdleExpiry)]);
        }
    }
}
