namespace GraphApi.Connections;

/// <summary>What changes whenever a stored connection changes (every write sets a new version), without its tokens.</summary>
public sealed record ConnectionStamp(Guid Version, ConnectionStatus Status);
