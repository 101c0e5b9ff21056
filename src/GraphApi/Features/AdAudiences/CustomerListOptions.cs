using System.ComponentModel.DataAnnotations;

namespace GraphApi.Features.AdAudiences;

/// <summary>
/// Bounds on the customer records one mutation may carry (<c>Ads:CustomerLists</c>). Records are people's emails or
/// device IDs: an input over a bound is refused with a message that gives counts and lengths, never a record.
/// </summary>
public sealed class CustomerListOptions
{
    public const string SectionName = "Ads:CustomerLists";

    /// <summary>Records in one createCustomerList or updateCustomerList (larger lists go in several updates).</summary>
    [Range(1, 100_000, ErrorMessage = "Ads:CustomerLists:MaxRecords must be between 1 and 100,000.")]
    public int MaxRecords { get; set; } = 1_000;

    /// <summary>Characters of one record (a SHA-256 hash is 64; an email up to 254).</summary>
    [Range(16, 1_024, ErrorMessage = "Ads:CustomerLists:MaxRecordLength must be between 16 and 1,024.")]
    public int MaxRecordLength { get; set; } = 256;
}
