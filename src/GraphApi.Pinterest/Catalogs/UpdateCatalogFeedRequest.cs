using System.Text.Json.Serialization;
using GraphApi.Pinterest.Patching;

namespace GraphApi.Pinterest.Catalogs;

/// <summary>
/// Body of <c>PATCH /catalogs/feeds/{feed_id}</c> in its vertical form (<c>Catalogs*FeedsUpdateRequest</c>). Null leaves a
/// field as it is; the fields the spec marks nullable (credentials, default currency, default availability) are
/// <see cref="Patch{T}"/> so they can be cleared.
/// </summary>
public sealed record UpdateCatalogFeedRequest
{
    /// <summary>The feed's vertical (required by the spec, and must be the feed's own).</summary>
    public required string CatalogType { get; init; }

    public string? Name { get; init; }

    public string? Format { get; init; }

    public string? Location { get; init; }

    public string? Status { get; init; }

    public CatalogFeedSchedule? PreferredProcessingSchedule { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Patch<CatalogFeedCredentials> Credentials { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Patch<string> DefaultCurrency { get; init; }

    /// <summary>Retail only.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Patch<string> DefaultAvailability { get; init; }
}
