using GraphApi.Connections;
using GraphApi.Connections.GraphQL;
using GraphApi.Identity;
using GraphQL.Types;

namespace GraphApi.Quota;

/// <summary><c>PinterestConnection.quota</c>: the caller's own tracked quota, one entry per category (empty until a call answered).</summary>
internal static class ConnectionQuotaField
{
    public static void AddTo(ObjectGraphType<PinterestConnectionView> connection) =>
        connection.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PinterestQuotaType>>>>("quota")
            .Description("The last rate-limit headers Pinterest sent for this connection, per category; empty until a call answered or when " +
                         "not connected. A lower bound on what is spent: other apps and gateway instances share the quota.")
            .Resolve(context =>
            {
                if (context.Source.Status == ConnectionStatus.NotConnected
                    || context.RequestServices?.GetService<RequestQuota>() is null
                    || context.User is not { } user || Caller.From(user) is not { } caller)
                {
                    return (IReadOnlyList<QuotaReading>)[];
                }

                return context.RequestServices.GetRequiredService<QuotaTracker>().Read(ConnectionKey.For(caller));
            });
}
