namespace GraphApi.Relay;

public sealed record PageInfo(bool HasNextPage, string? EndCursor);
