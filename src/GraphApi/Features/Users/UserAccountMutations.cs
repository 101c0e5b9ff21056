using GraphApi.Execution.Cost;
using GraphApi.Execution.Scopes;
using GraphApi.Pinterest;
using GraphApi.Pinterest.OAuth;
using GraphApi.Pinterest.UserAccount;
using GraphApi.Schema;
using GraphApi.Schema.Mutations;
using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;

namespace GraphApi.Features.Users;

/// <summary>followUser and website verification: the account's own writes.</summary>
internal sealed class UserAccountMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<FollowUserPayloadType>>("followUser")
            .Description("Follows another Pinterest user.")
            .Argument<NonNullGraphType<FollowUserInputType>>("input", "Who to follow.")
            .RequiresScopes(PinterestScopes.UserAccountsWrite)
            .UpstreamCost(UpstreamCost.OneCall)
            .OnScopeDenied((code, message) => new FollowUserPayload(null, [UserErrors.FromDenial(code, message)]))
            .Resolve().WithService<IPinterestClient>()
            .ResolveAsync(async (c, pinterest) =>
            {
                var input = c.GetArgument<FollowUserInput>("input");
                var checks = new InputChecks().Length("username", input.Username, 1, 100);
                return await MutationRunner.RunAsync(checks.Errors, errors => new FollowUserPayload(null, errors), async () =>
                    new FollowUserPayload(await pinterest.UserAccount.FollowUserAsync(input.Username.Trim(), new FollowUserRequest { AutoFollow = input.AutoFollow }, c.CancellationToken), []));
            });

        mutation.Field<NonNullGraphType<VerifyWebsitePayloadType>>("verifyWebsite")
            .Description("Asks Pinterest to verify a website, after its verification code was put in place.")
            .Argument<NonNullGraphType<VerifyWebsiteInputType>>("input", "The website and the verification method used.")
            .RequiresScopes(PinterestScopes.UserAccountsWrite)
            .UpstreamCost(UpstreamCost.OneCall)
            .OnScopeDenied((code, message) => new VerifyWebsitePayload(null, [UserErrors.FromDenial(code, message)]))
            .Resolve().WithService<IPinterestClient>()
            .ResolveAsync(async (c, pinterest) =>
            {
                var input = c.GetArgument<VerifyWebsiteInput>("input");
                var checks = new InputChecks().Length("website", input.Website, 1, 2048);
                return await MutationRunner.RunAsync(checks.Errors, errors => new VerifyWebsitePayload(null, errors), async () =>
                    new VerifyWebsitePayload(await pinterest.UserAccount.VerifyWebsiteAsync(
                        new VerifyWebsiteRequest { Website = input.Website, VerificationMethod = input.VerificationMethod }, cancellationToken: c.CancellationToken), []));
            });

        mutation.Field<NonNullGraphType<UnverifyWebsitePayloadType>>("unverifyWebsite")
            .Description("Removes a verified website from the user's profile.")
            .Argument<NonNullGraphType<UnverifyWebsiteInputType>>("input", "The website.")
            .RequiresScopes(PinterestScopes.UserAccountsWrite)
            .UpstreamCost(UpstreamCost.OneCall)
            .OnScopeDenied((code, message) => new UnverifyWebsitePayload(null, [UserErrors.FromDenial(code, message)]))
            .Resolve().WithService<IPinterestClient>()
            .ResolveAsync(async (c, pinterest) =>
            {
                var website = c.GetArgument<UnverifyWebsiteInput>("input").Website;
                var checks = new InputChecks().Length("website", website, 1, 2048);
                return await MutationRunner.RunAsync(checks.Errors, errors => new UnverifyWebsitePayload(null, errors), async () =>
                {
                    await pinterest.UserAccount.UnverifyWebsiteAsync(website, c.CancellationToken);
                    return new UnverifyWebsitePayload(website, []);
                });
            });
    }
}
