using GraphApi.Accounts.Callers;
using GraphApi.Accounts.Connect;
using GraphApi.Accounts.Links;
using GraphApi.Accounts.Links.Caching;
using GraphApi.Execution.Errors;
using GraphApi.Schema;
using GraphQL;
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
            .ResolveAsync(async context =>
            {
                var services = context.RequestServices!;
                // Through the connection cache, not the request's memoised read: in a batch, an item after a
                // disconnect or a completed connection must see it (every store write replaces the cache entry).
                var connection = await services.GetRequiredService<CachingAccountLinkStore>().FindCachedAsync(Key(context), context.CancellationToken);
                return AccountLinkView.From(connection, RequestedScopes(services));
            });

    void IMutationFields.AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<ConnectPinterestPayloadType>>("connectPinterest")
            .Description("Starts connecting the caller's Pinterest account: returns the consent page URL to open in the browser.")
            .Argument<NonNullGraphType<ConnectPinterestInputType>>("input", "Where to return after consent.")
            .Resolve(context =>
            {
                var input = context.GetArgument<ConnectPinterestInput>("input");
                var services = context.RequestServices!;
                var request = services.GetRequiredService<IHttpContextAccessor>().HttpContext!.Request;
                var (url, expiresAt, problem) = services.GetRequiredService<PinterestConnectFlow>().Begin(Key(context), input.ReturnUrl, request);
                return url is null
                    ? throw new ExecutionError(problem!) { Code = ErrorCodes.InvalidReturnUrl }
                    : new ConnectPinterestPayload(url, expiresAt);
            });

        mutation.Field<NonNullGraphType<CompletePinterestConnectionPayloadType>>("completePinterestConnection")
            .Description("Finishes connecting after Pinterest's consent page: the app passes the `completion` its return URL received. Only the caller who started the flow can complete it.")
            .Argument<NonNullGraphType<CompletePinterestConnectionInputType>>("input", "The completion to finish.")
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<CompletePinterestConnectionInput>("input");
                var services = context.RequestServices!;
                var outcome = await services.GetRequiredService<ConnectCompletion>().CompleteAsync(Key(context), input.Completion, context.CancellationToken);
                return outcome.Connection is { } connection
                    ? new CompletePinterestConnectionPayload(AccountLinkView.From(connection, RequestedScopes(services)), [])
                    : new CompletePinterestConnectionPayload(null, [new ConnectFlowError(outcome.Code!, outcome.Message!)]);
            });

        mutation.Field<NonNullGraphType<DisconnectPinterestPayloadType>>("disconnectPinterest")
            .Description("Deletes the caller's stored Pinterest tokens.")
            .ResolveAsync(async context =>
            {
                var services = context.RequestServices!;
                var deleted = await services.GetRequiredService<IAccountLinkStore>().DeleteAsync(Key(context), context.CancellationToken);
                return new DisconnectPinterestPayload(deleted, AccountLinkView.From(null, RequestedScopes(services)));
            });
    }

    private static AccountLinkKey Key(IResolveFieldContext context) =>
        AccountLinkKey.For(Caller.From(context.User!) ?? throw new ExecutionError("The caller's token has no 'sub' claim.") { Code = ErrorCodes.Unauthenticated });

    private static IReadOnlyList<string> RequestedScopes(IServiceProvider services) =>
        services.GetRequiredService<IOptions<PinterestAppOptions>>().Value.EffectiveScopes;
}
