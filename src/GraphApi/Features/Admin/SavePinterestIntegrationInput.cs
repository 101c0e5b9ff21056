using GraphApi.Admin.Integration;
using GraphApi.Schema.Mutations;
using GraphQL.Types;

namespace GraphApi.Features.Admin;

public sealed record SavePinterestIntegrationInput(string ClientId, string? ClientSecret, IReadOnlyList<string> Scopes, AccessTier Tier, bool Enabled)
{
    /// <summary>Leaves the secret out (inputs end up in exceptions and debugger views).</summary>
    public override string ToString() => $"SavePinterestIntegrationInput {{ ClientId = {ClientId}, Enabled = {Enabled} }}";
}

internal sealed class SavePinterestIntegrationInputType : InputObjectGraphType<SavePinterestIntegrationInput>
{
    public SavePinterestIntegrationInputType()
    {
        Name = "SavePinterestIntegrationInput";
        Description = "The tenant's Pinterest app. Everything is replaced except the secret, which is kept when omitted.";
        Field(x => x.ClientId).Description($"The app's App id, 1–{IntegrationSettingsEntity.MaxClientIdLength} characters.");
        Field(x => x.ClientSecret, nullable: true).Description($"The app's App secret key; omit (or null) to keep the saved one. Required with a new client ID. At most {SavePinterestIntegrationRules.MaxSecretLength} characters. Never returned.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("scopes")
            .Description("The scopes users are asked for; must include user_accounts:read, boards:read and pins:read.");
        Field<NonNullGraphType<AccessTierType>>("tier").Description("The app's Pinterest access tier.");
        Field(x => x.Enabled).Description("False switches Pinterest off for this tenant (PINTEREST_NOT_CONFIGURED) without deleting connections.");
    }
}

public sealed record SavePinterestIntegrationPayload(PinterestIntegrationView? Integration, IReadOnlyList<UserError> Errors) : IPayload;

internal sealed class SavePinterestIntegrationPayloadType : PayloadType<SavePinterestIntegrationPayload>
{
    public SavePinterestIntegrationPayloadType()
        : base("SavePinterestIntegrationPayload", "The result of savePinterestIntegration.") =>
        Field<PinterestIntegrationType>("integration").Description("The settings as saved; null when refused.").Resolve(c => c.Source.Integration);
}

public sealed record TestIntegrationCredentialsInput(string? ClientId, string? ClientSecret)
{
    /// <summary>Leaves the secret out.</summary>
    public override string ToString() => $"TestIntegrationCredentialsInput {{ ClientId = {ClientId} }}";
}

internal sealed class TestIntegrationCredentialsInputType : InputObjectGraphType<TestIntegrationCredentialsInput>
{
    public TestIntegrationCredentialsInputType()
    {
        Name = "TestIntegrationCredentialsInput";
        Description = "The pair to test; an omitted field is the saved one, so an admin can test a new secret before saving it.";
        Field(x => x.ClientId, nullable: true).Description("The App id to test; omit for the saved one.");
        Field(x => x.ClientSecret, nullable: true).Description("The App secret key to test; omit for the saved one. Never returned.");
    }
}
