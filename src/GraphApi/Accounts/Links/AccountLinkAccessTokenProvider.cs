using GraphApi.Pinterest;

namespace GraphApi.Accounts.Links;

/// <summary>Gives the Pinterest client the calling user's access token for every call.</summary>
internal sealed class AccountLinkAccessTokenProvider(AccountLinkTokenSource source) : IPinterestAccessTokenProvider
{
    public ValueTask<string> GetAccessTokenAsync(CancellationToken cancellationToken) => source.GetAccessTokenAsync(cancellationToken);
}
