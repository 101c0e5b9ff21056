using System.Text.Json.Serialization;
using GraphApi.Pinterest.Patching;

namespace GraphApi.Pinterest.Boards;

/// <summary>
/// Body of <c>PATCH /boards/{board_id}</c> (<c>BoardWithUpdatePrivacyUpdate</c>). Null name/privacy are left out
/// (the spec does not let them be cleared); <see cref="Description"/> is a <see cref="Patch{T}"/>: unset, cleared or set.
/// </summary>
public sealed record UpdateBoardRequest
{
    /// <summary>New name.</summary>
    public string? Name { get; init; }

    /// <summary>New description, or <see cref="Patch.Null{T}"/> to clear it.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Patch<string> Description { get; init; }

    /// <summary><c>PUBLIC</c> or <c>SECRET</c> only; <c>PROTECTED</c> cannot be set here.</summary>
    public string? Privacy { get; init; }
}
