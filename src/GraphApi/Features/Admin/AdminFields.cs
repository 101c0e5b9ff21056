using GraphApi.Accounts.Connect;
using GraphApi.Admin;
using GraphApi.Admin.Integration;
using GraphApi.Execution.Cost;
using GraphApi.Schema;
using GraphApi.Schema.Mutations;
using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;

namespace GraphApi.Features.Admin;

/// <summary>
/// The integration admin API: <c>pinterestIntegration</c>, <c>savePinterestIntegration</c> and
/// <c>testIntegrationCredentials</c>, for the caller's own tenant and only with the admin role. They need no Pinterest scope.
/// </summary>
internal sealed partial class AdminFields(ILogger<AdminFields> logger) : IQueryFields, IMutationFields
{
    void IQueryFields.AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<PinterestIntegrationType>>("pinterestIntegration")
            .Description("Admin only: the Pinterest app of the caller's tenant. Non-admins get FORBIDDEN.")
            .Resolve().WithServices<AdminCaller, TenantApps, IHttpContextAccessor, PinterestConnectFlow>()
            .ResolveAsync(async (context, admins, apps, http, flow) =>
            {
                var caller = AdminGuard.Require(context, admins);
                var app = await apps.GetAsync(caller.TenantId, context.CancellationToken);
                return PinterestIntegrationView.From(app, flow.RedirectUri(http.HttpContext!.Request));
            });

    void IMutationFields.AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<SavePinterestIntegrationPayloadType>>("savePinterestIntegration")
            .Description("Admin only: saves the tenant's Pinterest app. Stored settings win over the settings file from then on. Changing the scopes marks existing connections that lack a new one (missingScopes) without breaking them; a new secret keeps connections.")
            .Argument<NonNullGraphType<SavePinterestIntegrationInputType>>("input", "The settings.")
            .Resolve().WithServices<AdminCaller, TenantApps, IntegrationSettingsStore, IHttpContextAccessor, PinterestConnectFlow>()
            .ResolveAsync(async (context, admins, apps, store, http, flow) =>
            {
                var caller = AdminGuard.Require(context, admins);
                var input = context.GetArgument<SavePinterestIntegrationInput>("input");
                var errors = SavePinterestIntegrationRules.Check(input, caller.TenantId);
                var current = await apps.GetAsync(caller.TenantId, context.CancellationToken);
                if (errors.Count == 0 && input.ClientSecret is null && !KeepsASecret(current, input.ClientId, apps.FromSettings(caller.TenantId)))
                {
                    errors.Add(new InvalidInputError("clientSecret is required: no secret is saved for this client ID.", "clientSecret"));
                }

                if (errors.Count > 0)
                {
                    return new SavePinterestIntegrationPayload(null, errors);
                }

                var change = new IntegrationSettingsChange(input.ClientId, input.ClientSecret, input.Scopes, input.Tier, input.Enabled);
                await store.SaveAsync(caller.TenantId, change, caller.UserId, context.CancellationToken);
                apps.Forget(caller.TenantId);
                var saved = await apps.GetAsync(caller.TenantId, context.CancellationToken);
                LogSaved(logger, caller.TenantId, caller.UserId, saved.ClientId ?? "", string.Join(' ', saved.Scopes), saved.Enabled, input.ClientSecret is not null);
                return new SavePinterestIntegrationPayload(PinterestIntegrationView.From(saved, flow.RedirectUri(http.HttpContext!.Request)), []);
            });

        mutation.Field<NonNullGraphType<CredentialsTestResultType>>("testIntegrationCredentials")
            .Description("Admin only: checks a client ID and secret against Pinterest's token endpoint (client-credentials grant) and says precisely what is wrong. Nothing is saved.")
            .Argument<TestIntegrationCredentialsInputType>("input", "The pair to test; omitted fields are the saved ones.")
            .UpstreamCost(UpstreamCost.Calls(2))
            .Resolve().WithServices<AdminCaller, TenantApps, IntegrationCredentialsTester>()
            .ResolveAsync(async (context, admins, apps, tester) =>
            {
                var caller = AdminGuard.Require(context, admins);
                var input = context.GetArgument<TestIntegrationCredentialsInput?>("input");
                var saved = await apps.GetAsync(caller.TenantId, context.CancellationToken);
                var clientId = input?.ClientId ?? saved.ClientId;
                // The saved secret belongs to the saved client ID only.
                var secret = input?.ClientSecret ?? (string.Equals(clientId, saved.ClientId, StringComparison.Ordinal) ? saved.ClientSecret : null);
                return await tester.TestAsync(clientId, secret, saved, context.CancellationToken);
            });
    }

    /// <summary>Whether saving <paramref name="clientId"/> without a secret leaves one: the stored secret of the same app, or the settings file's for its own app.</summary>
    private static bool KeepsASecret(TenantApp current, string clientId, TenantApp settings) =>
        (string.Equals(current.ClientId, clientId, StringComparison.Ordinal) && !string.IsNullOrEmpty(current.ClientSecret))
        || (string.Equals(settings.ClientId, clientId, StringComparison.Ordinal) && !string.IsNullOrEmpty(settings.ClientSecret));

    [LoggerMessage(Level = LogLevel.Information, Message = "Pinterest integration saved for tenant '{TenantId}' by '{UserId}': client '{ClientId}', scopes {Scopes}, enabled {Enabled}, new secret {NewSecret}")]
    private static partial void LogSaved(ILogger logger, string tenantId, string userId, string clientId, string scopes, bool enabled, bool newSecret);
}
