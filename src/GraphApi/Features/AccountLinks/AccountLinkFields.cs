using GraphApi.Accounts.Connect;
using GraphApi.Accounts.Links;
using GraphApi.Accounts.Links.Caching;
using GraphApi.Execution.Errors;
using GraphApi.Schema;
using GraphApi.Schema.Mutations;
using GraphApi.Upstream;
using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;
using Microsoft.Extensions.Options;

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
            .Resolve().WithServices<CachingAccountLinkStore, IOptions<PinterestOptions>>()
            .ResolveAsync(async (context, store, app) =>
            {
                // Through the account-link cache, not the request's memoised read: in a batch, an item after a
                // disconnect or a completed connect must see it (every store write replaces the cache entry).
                var link = await store.FindCachedAsync(CallerKey.From(context), context.CancellationToken);
                return AccountLinkView.From(link, app.Value.EffectiveScopes);
            });

    void IMutationFields.AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<ConnectPinterestPayloadType>>("connectPinterest")
            .Description("Starts connecting the caller's Pinterest account: returns the consent page URL to open in the browser.")
            .Argument<NonNullGraphType<ConnectPinterestInputType>>("input", "Where to return after consent.")
            .Resolve().WithServices<IHttpContextAccessor, PinterestConnectFlow>()
            .Resolve((context, http, flow) =>
            {
                var input = context.GetArgument<ConnectPinterestInput>("input");
                var (url, expiresAt, problem) = flow.Begin(CallerKey.From(context), input.ReturnUrl, http.HttpContext!.Request);
                return url is null
                    ? throw new ExecutionError(problem!) { Code = ErrorCodes.InvalidReturnUrl }
                    : new ConnectPinterestPayload(url, expiresAt);
            });

        mutation.Field<NonNullGraphType<CompletePinterestConnectionPayloadType>>("completePinterestConnection")
            .Description("Finishes connecting after Pinterest's consent page: the app passes the `completion` its return URL received. Only the caller who started the flow can complete it.")
            .Argument<NonNullGraphType<CompletePinterestConnectionInputType>>("input", "The completion to finish.")
            .Resolve().WithServices<ConnectCompletion, IOptions<PinterestOptions>>()
            .ResolveAsync(async (context, completion, app) =>
            {
                var input = context.GetArgument<CompletePinterestConnectionInput>("input");
                var outcome = await completion.CompleteAsync(CallerKey.From(context), input.Completion, context.CancellationToken);
                return outcome.Link is { } link
                    ? new CompletePinterestConnectionPayload(AccountLinkView.From(link, app.Value.EffectiveScopes), [])
                    : new CompletePinterestConnectionPayload(null, [new ConnectFlowError(outcome.Code!, outcome.Message!)]);
            });

        mutation.Field<NonNullGraphType<DisconnectPinterestPayloadType>>("disconnectPinterest")
            .Description("Deletes the caller's stored Pinterest tokens.")
            .Resolve().WithServices<IAccountLinkStore, IOptions<PinterestOptions>>()
            .ResolveAsync(async (context, store, app) =>
            {
                var deleted = await store.DeleteAsync(CallerKey.From(context), context.CancellationToken);
                return new DisconnectPinterestPayload(deleted, AccountLinkView.From(null, app.Value.EffectiveScopes));
            });
    }
}
