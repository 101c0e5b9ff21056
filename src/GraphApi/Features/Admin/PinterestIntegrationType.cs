using System.ComponentModel;
using System.Reflection;
using GraphApi.Admin.Integration;
using GraphApi.Pinterest.OAuth;
using GraphQL.Types;

namespace GraphApi.Features.Admin;

internal sealed class PinterestIntegrationType : ObjectGraphType<PinterestIntegrationView>
{
    public PinterestIntegrationType()
    {
        Name = "PinterestIntegration";
        Description = "The Pinterest app of the caller's tenant, as users connect with it. The client secret is write-only: it is never returned.";
        Field(x => x.TenantId).Description("The tenant (the callers' `tenantId` claim; empty for the default tenant).");
        Field(x => x.ClientId, nullable: true).Description("The Pinterest app's App id (OAuth client ID); null when none is set.");
        Field(x => x.HasClientSecret).Description("Whether a client secret (the App secret key) is set. The secret itself is never shown again.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IntegrationScopeType>>>>("scopes")
            .Description("Every Pinterest scope, with what it allows, whether users are asked for it, and whether it is required (user_accounts:read, boards:read and pins:read always are).")
            .Resolve(c => PinterestScopes.All
                .Select(s => new IntegrationScopeView(s, PinterestScopes.Descriptions[s], c.Source.Scopes.Contains(s), IntegrationScopes.Minimum.Contains(s)))
                .ToList());
        Field<NonNullGraphType<StringGraphType>>("redirectUri")
            .Description("The redirect URI to register in the Pinterest app's settings (Configure → Redirect URIs), exactly as shown.")
            .Resolve(c => c.Source.RedirectUri.AbsoluteUri);
        Field<NonNullGraphType<AccessTierType>>("tier").Description("The app's Pinterest access tier.").Resolve(c => c.Source.Tier);
        Field<NonNullGraphType<StringGraphType>>("tierLimits")
            .Description("What the app's tier limits, in words.")
            .Resolve(c => Describe(c.Source.Tier));
        Field(x => x.Enabled).Description("When false, callers of this tenant get PINTEREST_NOT_CONFIGURED; their connections are kept.");
        Field(x => x.Stored).Description("True once an admin saved settings for this tenant; false while the settings file's app is used.");
        // DateTime, the schema's one date-time scalar (UTC), like every other timestamp; not a DateTimeOffset scalar of its own.
        Field<DateTimeGraphType>("updatedAt").Description("When an admin last saved these settings (UTC).").Resolve(c => c.Source.UpdatedAt?.UtcDateTime);
    }

    private static string Describe(AccessTier tier) =>
        typeof(AccessTier).GetField(tier.ToString())!.GetCustomAttribute<DescriptionAttribute>()!.Description;
}

internal sealed class IntegrationScopeType : ObjectGraphType<IntegrationScopeView>
{
    public IntegrationScopeType()
    {
        Name = "IntegrationScope";
        Description = "One Pinterest OAuth scope.";
        Field(x => x.Name).Description("The scope, e.g. boards:read.");
        Field(x => x.Description).Description("What it lets the app do.");
        Field(x => x.Selected).Description("Whether users are asked for it on Pinterest's consent page.");
        Field(x => x.Required).Description("Whether every integration must ask for it.");
    }
}

internal sealed class AccessTierType : EnumerationGraphType<AccessTier>
{
    public AccessTierType()
    {
        Name = "PinterestAccessTier";
        Description = "Pinterest's access tier of an app.";
    }
}

internal sealed class CredentialsTestStatusType : EnumerationGraphType<CredentialsTestStatus>
{
    public CredentialsTestStatusType()
    {
        Name = "CredentialsTestStatus";
        Description = "What a credentials test found.";
    }
}

internal sealed class CredentialsTestResultType : ObjectGraphType<CredentialsTestResult>
{
    public CredentialsTestResultType()
    {
        Name = "IntegrationCredentialsTest";
        Description = "The answer of testIntegrationCredentials. Pinterest's client-credentials token, when issued, is thrown away.";
        Field(x => x.Ok).Description("True when Pinterest accepted the pair.");
        Field<NonNullGraphType<CredentialsTestStatusType>>("status").Description("What was found.").Resolve(c => c.Source.Status);
        Field(x => x.Message).Description("What is wrong and what to do, for people.");
        Field(x => x.IntegrationEnabled).Description("Whether the integration is enabled (a disabled one answers PINTEREST_NOT_CONFIGURED to callers).");
        Field(x => x.PinterestRequestId, nullable: true).Description("Pinterest's request id, when it answered with one.");
    }
}
