namespace GraphApi.Schema.Relay;

/// <summary>The Cursor Connections specification's page info; see <see cref="PageInfoType"/> for what each field can honestly say.</summary>
public sealed record PageInfo(bool HasPreviousPage, bool HasNextPage, string? StartCursor, string? EndCursor);
