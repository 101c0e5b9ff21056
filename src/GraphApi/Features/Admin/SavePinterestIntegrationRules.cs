using GraphApi.Admin.Integration;
using GraphApi.Pinterest.OAuth;
using GraphApi.Schema.Mutations;

namespace GraphApi.Features.Admin;

/// <summary>The checks on a save, before anything is written. Messages never repeat the secret.</summary>
internal static class SavePinterestIntegrationRules
{
    public const int MaxSecretLength = 256;

    public static List<UserError> Check(SavePinterestIntegrationInput input, string tenantId)
    {
        var errors = new List<UserError>();
        if (tenantId.Length > IntegrationSettingsEntity.MaxTenantIdLength)
        {
            errors.Add(new InvalidInputError($"The caller's tenantId is longer than {IntegrationSettingsEntity.MaxTenantIdLength} characters.", null));
        }

        if (string.IsNullOrWhiteSpace(input.ClientId) || input.ClientId.Length > IntegrationSettingsEntity.MaxClientIdLength || !IsToken(input.ClientId))
        {
            errors.Add(new InvalidInputError($"clientId must be the app's App id: 1–{IntegrationSettingsEntity.MaxClientIdLength} visible characters, no spaces.", "clientId"));
        }

        if (input.ClientSecret is { } secret && (secret.Length is 0 or > MaxSecretLength || !IsToken(secret)))
        {
            errors.Add(new InvalidInputError($"clientSecret must be the app's App secret key: 1–{MaxSecretLength} visible characters, no spaces (omit it to keep the saved one).", "clientSecret"));
        }

        if (input.Scopes.Count > PinterestScopes.All.Count * 2)
        {
            errors.Add(new InvalidInputError($"scopes lists {input.Scopes.Count} values; Pinterest has {PinterestScopes.All.Count} scopes.", "scopes"));
            return errors;
        }

        var unknown = input.Scopes.Where(s => !PinterestScopes.IsKnown(s)).Distinct(StringComparer.Ordinal).Take(5).ToList();
        if (unknown.Count > 0)
        {
            errors.Add(new InvalidInputError($"scopes has unknown scopes: {string.Join(", ", unknown.Select(Shorten))}. Known: {string.Join(", ", PinterestScopes.All)}.", "scopes"));
        }

        var missing = IntegrationScopes.Minimum.Where(s => !input.Scopes.Contains(s, StringComparer.Ordinal)).ToList();
        if (missing.Count > 0)
        {
            errors.Add(new InvalidInputError($"scopes must include {string.Join(", ", missing)}: without them the gateway cannot read the account, its boards or its Pins.", "scopes"));
        }

        return errors;
    }

    private static bool IsToken(string value) => value.All(c => c is > ' ' and < '\u007f');

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
