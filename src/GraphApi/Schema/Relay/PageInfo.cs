namespace GraphApi.Schema.Relay;

public sealed record PageInfo(bool HasNextPage, string? EndCursor);
