namespace GraphApi.Accounts.Links;

/// <summary>A stored link with its tokens decrypted. Its text form never shows a token.</summary>
public sealed record PinterestAccountLink(
    AccountLinkKey Key,
    AccountLinkStatus Status,
    PinterestTokenSet Tokens,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    Guid Version)
{
    public IReadOnlySet<string> GrantedScopes => Tokens.Scopes;

    public override string ToString() =>
        $"PinterestConnection {{ Key = {Key}, Status = {Status}, Tokens = {Tokens}, UpdatedAt = {UpdatedAt:O}, Version = {Version} }}";
}
