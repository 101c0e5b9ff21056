using GraphApi.Pinterest.Pagination;

namespace GraphApi.Pinterest.Pins;

/// <summary>Query of <c>GET /pins</c>.</summary>
public sealed record ListPinsRequest
{
    /// <summary><c>exclude_native</c>, <c>exclude_repins</c> or <c>has_been_promoted</c>.</summary>
    public string? PinFilter { get; init; }

    /// <summary>Include <c>pin_metrics</c>.</summary>
    public bool? PinMetrics { get; init; }

    /// <summary>Include Pins on protected (ad-only) boards; may time out combined with <see cref="CreativeTypes"/>.</summary>
    public bool? IncludeProtectedPins { get; init; }

    /// <summary><c>PRIVATE</c> to list only private Pins.</summary>
    public string? PinType { get; init; }

    /// <summary>Only these <see cref="CreativeType"/> values (sent as repeated keys).</summary>
    public IReadOnlyList<string>? CreativeTypes { get; init; }

    /// <summary>Act for the owner of this ad account (Business Access).</summary>
    public string? AdAccountId { get; init; }

    /// <summary>Bookmark and page size.</summary>
    public PageRequest? Page { get; init; }
}
