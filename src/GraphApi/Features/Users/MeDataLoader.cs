using GraphApi.DataLoading;
using GraphApi.Pinterest;
using GraphApi.Pinterest.UserAccount;

namespace GraphApi.Features.Users;

/// <summary>The account, fetched once per request however many times <c>me</c> or <c>node(User)</c> is asked for.</summary>
public sealed class MeDataLoader(IPinterestClient pinterest) : DataLoader<string, Account>
{
    public const string Key = "me";

    protected internal override async Task FetchAsync(IReadOnlyList<string> keys, LoadResults<string, Account> results, CancellationToken cancellationToken)
    {
        var account = await pinterest.UserAccount.GetAsync(cancellationToken: cancellationToken);
        results.Set(Key, account);
    }
}
