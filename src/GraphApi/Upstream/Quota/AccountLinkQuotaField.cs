using GraphApi.Accounts.Callers;
using GraphApi.Accounts.Links;
using GraphApi.Features.AccountLinks;
using GraphQL.Types;

namespace GraphApi.Upstream.Quota;

/// <summary><c>PinterestAccountLink.quota</c>: the caller's own tracked quota, one entry per category (empty until a call answered).</summary>
internal static class AccountLinkQuotaField
{
    public static void AddTo(ObjectGraphType<AccountLinkView> connection) =>
        connection.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PinterestQuotaType>>>>("quota")
            .Description("The last rate-limit headers Pinterest sent for this connection, per category; empty until a call answered or when " +
                         "not connected. A lower bound on what is spent: other apps and gateway instances share the quota.")
            .Resolve(context =>
            {
                if (context.Source.Status == AccountLinkStatus.NotConnected
                    || context.RequestServices?.GetService<RequestQuota>() is null
                    || context.User is not { } user || Caller.From(user) is not { } caller)
                {
                    return (IReadOnlyList<QuotaReading>)[];
                }

                return context.RequestServices.GetRequiredService<QuotaTracker>().Read(AccountLinkKey.For(caller));
            });
}
