using System.Text.Json.Serialization;

namespace GraphApi.Accounts.Links.Durability;

/// <summary>
/// A refreshed token set that must reach the database: which link, which stored versions it supersedes (the
/// row's version when the refresh started, plus any earlier entries still unwritten) and the version it will have.
/// Its text form never shows a token.
/// </summary>
internal sealed record TokenJournalEntry(
    string TenantId,
    string UserId,
    IReadOnlyList<Guid> SupersededVersions,
    Guid NewVersion,
    string AccessToken,
    string RefreshToken,
    IReadOnlyList<string> Scopes,
    DateTimeOffset AccessTokenExpiresAt,
    DateTimeOffset? RefreshTokenExpiresAt,
    DateTimeOffset RefreshedAt)
{
    // A chain grows by one only when a refresh happens while the previous one is still unwritten; a few suffice.
    public const int MaxSupersededVersions = 8;

    [JsonIgnore]
    public AccountLinkKey Key => new(TenantId, UserId);

    [JsonIgnore]
    public PinterestTokenSet Tokens => new(AccessToken, RefreshToken, Scopes.ToHashSet(StringComparer.Ordinal), AccessTokenExpiresAt, RefreshTokenExpiresAt);

    public static TokenJournalEntry Create(AccountLinkKey key, IReadOnlyList<Guid> superseded, PinterestTokenSet tokens, DateTimeOffset now) => new(
        key.TenantId,
        key.UserId,
        superseded,
        Guid.NewGuid(),
        tokens.AccessToken,
        tokens.RefreshToken,
        [.. tokens.Scopes.Order(StringComparer.Ordinal)],
        tokens.AccessTokenExpiresAt,
        tokens.RefreshTokenExpiresAt,
        now);

    /// <summary>The link as it is once this entry is written (or while it is served from memory).</summary>
    public PinterestAccountLink ToAccountLink(DateTimeOffset createdAt) =>
        new(Key, AccountLinkStatus.Connected, Tokens, createdAt, RefreshedAt, NewVersion);

    public bool Supersedes(Guid storedVersion) => SupersededVersions.Contains(storedVersion);

    /// <summary>Structurally sound (a decrypted file could still be from a broken writer).</summary>
    [JsonIgnore]
    public bool IsComplete =>
        TenantId is not null && UserId is not null && SupersededVersions is { Count: > 0 } && NewVersion != Guid.Empty &&
        !string.IsNullOrEmpty(AccessToken) && !string.IsNullOrEmpty(RefreshToken) && Scopes is not null;

    public override string ToString() =>
        $"TokenJournalEntry {{ TenantId = {TenantId}, UserId = {UserId}, NewVersion = {NewVersion}, RefreshedAt = {RefreshedAt:O} }}";
}

[JsonSerializable(typeof(TokenJournalEntry))]
internal sealed partial class TokenJournalJsonContext : JsonSerializerContext;
