using GraphApi.Accounts.Connect;
using GraphApi.Accounts.Links;
using GraphApi.Accounts.Links.Caching;
using GraphApi.Admin.Integration;
using GraphApi.Execution.Errors;
using GraphApi.Schema;
using GraphApi.Schema.Mutations;
using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;

namespace GraphApi.Features.AccountLinks;

/// <summary>
/// <c>pinterestConnection</c>, <c>connectPinterest</c>, <c>completePinterestConnection</c> and <c>disconnectPinterest</c>:
/// they need no Pinterest scope.
/// </summary>
internal sealed class AccountLinkFields : IQueryFields, IMutationFields
{
    void IQueryFields.AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<AccountLinkType>>("pinterestConnection")
            .Description("The caller's Pinterest connection: status, granted and missing scopes, token expiries.")
            .Resolve().WithServices<CachingAccountLinkStore, ITenantApps>()
            .ResolveAsync(async (context, store, apps) =>
            {
                // Through the account-link cache, not the request's memoised read: in a batch, an item after a
                // disconnect or a completed connect must see it (every store write replaces the cache entry).
                var caller = CallerKey.From(context);
                var link = await store.FindCachedAsync(caller, context.CancellationToken);
                return AccountLinkView.From(link, await RequestedScopesAsync(apps, caller, context.CancellationToken));
            });

    void IMutationFields.AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<ConnectPinterestPayloadType>>("connectPinterest")
            .Description("Starts connecting the caller's Pinterest account: returns the consent page URL to open in the browser.")
            .Argument<NonNullGraphType<ConnectPinterestInputType>>("input", "Where to return after consent.")
            .Resolve().WithServices<IHttpContextAccessor, PinterestConnectFlow>()
            .ResolveAsync(async (context, http, flow) =>
            {
                var input = context.GetArgument<ConnectPinterestInput>("input");
                var (url, expiresAt, problem) = await flow.BeginAsync(CallerKey.From(context), input.ReturnUrl, http.HttpContext!.Request, context.CancellationToken);
                return url is null
                    ? throw new ExecutionError(problem!) { Code = ErrorCodes.InvalidReturnUrl }
                    : new ConnectPinterestPayload(url, expiresAt);
            });

        mutation.Field<NonNullGraphType<CompletePinterestConnectionPayloadType>>("completePinterestConnection")
            .Description("Finishes connecting after Pinterest's consent page: the app passes the `completion` its return URL received. Only the caller who started the flow can complete it.")
            .Argument<NonNullGraphType<CompletePinterestConnectionInputType>>("input", "The completion to finish.")
            .Resolve().WithServices<ConnectCompletion, ITenantApps>()
            .ResolveAsync(async (context, completion, apps) =>
            {
                var input = context.GetArgument<CompletePinterestConnectionInput>("input");
                var caller = CallerKey.From(context);
                var outcome = await completion.CompleteAsync(caller, input.Completion, context.CancellationToken);
                return outcome.Link is { } link
                    ? new CompletePinterestConnectionPayload(AccountLinkView.From(link, await RequestedScopesAsync(apps, caller, context.CancellationToken)), [])
                    : new CompletePinterestConnectionPayload(null, [new ConnectFlowError(outcome.Code!, outcome.Message!)]);
            });

        mutation.Field<NonNullGraphType<DisconnectPinterestPayloadType>>("disconnectPinterest")
            .Description("Deletes the caller's stored Pinterest tokens.")
            .Resolve().WithServices<IAccountLinkStore, ITenantApps>()
            .ResolveAsync(async (context, store, apps) =>
            {
                var caller = CallerKey.From(context);
                var deleted = await store.DeleteAsync(caller, context.CancellationToken);
                return new DisconnectPinterestPayload(deleted, AccountLinkView.From(null, await RequestedScopesAsync(apps, caller, context.CancellationToken)));
            });
    }

    /// <summary>
    /// The scopes the caller's tenant asks for now: after an admin adds a scope, existing links list it in
    /// <c>missingScopes</c> (and keep working) until the user connects again.
    /// </summary>
    private static async Task<IReadOnlyList<string>> RequestedScopesAsync(ITenantApps apps, AccountLinkKey caller, CancellationToken cancellationToken) =>
        (await apps.GetAsync(caller.TenantId, cancellationToken)).Scopes;
}
