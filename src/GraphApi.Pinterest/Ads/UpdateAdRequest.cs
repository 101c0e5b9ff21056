using System.Text.Json.Serialization;
using GraphApi.Pinterest.Patching;

namespace GraphApi.Pinterest.Ads;

/// <summary>
/// One ad of <c>PATCH /ad_accounts/{id}/ads</c> (<c>AdUpdateRequest</c>).
/// A null status is left out; name and destination, which the spec marks nullable, are <see cref="Patch{T}"/>: unset, cleared or set.
/// </summary>
public sealed record UpdateAdRequest
{
    /// <summary>The ad.</summary>
    public required string Id { get; init; }

    /// <summary>New name, or <see cref="Patch.Null{T}"/> to clear it.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Patch<string> Name { get; init; }

    /// <summary>New entity status.</summary>
    public string? Status { get; init; }

    /// <summary>New destination, or <see cref="Patch.Null{T}"/> to clear it.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Patch<string> DestinationUrl { get; init; }
}
