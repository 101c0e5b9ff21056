using GraphApi.Pinterest.Pagination;

namespace GraphApi.Pinterest.Boards;

/// <summary>Query of <c>GET /boards/{board_id}/pins</c>.</summary>
public sealed record ListBoardPinsRequest
{
    /// <summary>Only Pins of these <see cref="Pins.CreativeType"/> values (sent as repeated keys).</summary>
    public IReadOnlyList<string>? CreativeTypes { get; init; }

    /// <summary>Include <c>pin_metrics</c> in each Pin.</summary>
    public bool? PinMetrics { get; init; }

    /// <summary>Act for the owner of this ad account (Business Access).</summary>
    public string? AdAccountId { get; init; }

    /// <summary>Bookmark and page size.</summary>
    public PageRequest? Page { get; init; }
}
