using System.Text.Json.Serialization;
using GraphApi.Pinterest.Patching;

namespace GraphApi.Pinterest.Ads;

/// <summary>
/// One campaign of <c>PATCH /ad_accounts/{id}/campaigns</c> (<c>CampaignUpdateRequest</c>).
/// Null name/status/times are left out; the caps, which the spec marks nullable, are <see cref="Patch{T}"/>: unset, cleared or set.
/// </summary>
public sealed record UpdateCampaignRequest
{
    /// <summary>The campaign.</summary>
    public required string Id { get; init; }

    /// <summary>The ad account (the body repeats the path's id).</summary>
    public required string AdAccountId { get; init; }

    /// <summary>New name.</summary>
    public string? Name { get; init; }

    /// <summary>New entity status.</summary>
    public string? Status { get; init; }

    /// <summary>New lifetime cap, micro currency, or <see cref="Patch.Null{T}"/> to remove the cap.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Patch<long> LifetimeSpendCap { get; init; }

    /// <summary>New daily cap, micro currency, or <see cref="Patch.Null{T}"/> to remove the cap.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Patch<long> DailySpendCap { get; init; }

    /// <summary>New start, Unix seconds.</summary>
    public long? StartTime { get; init; }

    /// <summary>New end, Unix seconds.</summary>
    public long? EndTime { get; init; }
}
