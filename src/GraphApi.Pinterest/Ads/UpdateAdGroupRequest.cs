using System.Text.Json.Serialization;
using GraphApi.Pinterest.Patching;

namespace GraphApi.Pinterest.Ads;

/// <summary>
/// One ad group of <c>PATCH /ad_accounts/{id}/ad_groups</c> (<c>AdGroupUpdateRequest</c>).
/// Null name/status/times are left out; budget and bid, which the spec marks nullable, are <see cref="Patch{T}"/>: unset, cleared or set.
/// </summary>
public sealed record UpdateAdGroupRequest
{
    /// <summary>The ad group.</summary>
    public required string Id { get; init; }

    /// <summary>New name.</summary>
    public string? Name { get; init; }

    /// <summary>New entity status.</summary>
    public string? Status { get; init; }

    /// <summary>New budget, micro currency, or <see cref="Patch.Null{T}"/> to clear it.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Patch<long> BudgetInMicroCurrency { get; init; }

    /// <summary>New bid, micro currency, or <see cref="Patch.Null{T}"/> to clear it.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Patch<long> BidInMicroCurrency { get; init; }

    /// <summary>New start, Unix seconds.</summary>
    public long? StartTime { get; init; }

    /// <summary>New end, Unix seconds.</summary>
    public long? EndTime { get; init; }
}
