namespace GraphApi.Accounts.Links;

/// <summary>What changes whenever a stored link changes (every write sets a new version), without its tokens.</summary>
public sealed record AccountLinkStamp(Guid Version, AccountLinkStatus Status);
