using System.Text.Json;
using GraphApi.Pinterest.Boards;

namespace GraphApi.Pinterest.Pins;

/// <summary>A Pin (<c>Pin</c> schema).</summary>
public sealed record Pin
{
    /// <summary>Pin id (digits).</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>When the Pin was created.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Destination link.</summary>
    public string? Link { get; init; }

    /// <summary>Title (≤ 100 characters).</summary>
    public string? Title { get; init; }

    /// <summary>Description (≤ 800 characters).</summary>
    public string? Description { get; init; }

    /// <summary>Alternative text (≤ 500 characters).</summary>
    public string? AltText { get; init; }

    /// <summary>Dominant color, <c>#RRGGBB</c>.</summary>
    public string? DominantColor { get; init; }

    /// <summary>The board the Pin is on.</summary>
    public string? BoardId { get; init; }

    /// <summary>The section the Pin is in.</summary>
    public string? BoardSectionId { get; init; }

    /// <summary>Owner of the Pin's board.</summary>
    public BoardOwner? BoardOwner { get; init; }

    /// <summary>The Pin this one was saved from.</summary>
    public string? ParentPinId { get; init; }

    /// <summary>Whether the user owns the Pin.</summary>
    public bool? IsOwner { get; init; }

    /// <summary>Whether it is a standard Pin.</summary>
    public bool? IsStandard { get; init; }

    /// <summary>Whether it was ever promoted.</summary>
    public bool? HasBeenPromoted { get; init; }

    /// <summary>A <see cref="CreativeType"/> value.</summary>
    public string? CreativeType { get; init; }

    /// <summary>Free-form metrics (<c>90d</c>, <c>lifetime_metrics</c>), only when asked for with <c>pin_metrics=true</c>.</summary>
    public JsonElement? PinMetrics { get; init; }

    /// <summary>The Pin's media, one of the <see cref="PinMedia"/> kinds.</summary>
    public PinMedia? Media { get; init; }
}
