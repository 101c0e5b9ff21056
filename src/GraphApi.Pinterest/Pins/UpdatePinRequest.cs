using System.Text.Json.Serialization;
using GraphApi.Pinterest.Patching;

namespace GraphApi.Pinterest.Pins;

/// <summary>
/// Body of <c>PATCH /pins/{pin_id}</c> (<c>PinUpdate</c>, beta). The fields the spec marks nullable are
/// <see cref="Patch{T}"/>s (unset, cleared or set); <see cref="BoardId"/> and <see cref="CarouselSlots"/> cannot be
/// cleared, so null leaves them out.
/// </summary>
public sealed record UpdatePinRequest
{
    /// <summary>New title, or Null to clear it.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Patch<string> Title { get; init; }

    /// <summary>New description, or Null to clear it.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Patch<string> Description { get; init; }

    /// <summary>New link, or Null to clear it.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Patch<string> Link { get; init; }

    /// <summary>New alternative text, or Null to clear it.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Patch<string> AltText { get; init; }

    /// <summary>Move to this board.</summary>
    public string? BoardId { get; init; }

    /// <summary>Move to this section, or Null to take the pin out of its section (it stays on its board).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Patch<string> BoardSectionId { get; init; }

    /// <summary>Per-slot text of a carousel Pin.</summary>
    public IReadOnlyList<CarouselSlot>? CarouselSlots { get; init; }
}
