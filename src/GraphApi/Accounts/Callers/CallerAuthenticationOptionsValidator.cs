using Microsoft.Extensions.Options;

namespace GraphApi.Accounts.Callers;

/// <summary>Stops the start with a message that says which settings to give, rather than failing each request.</summary>
internal sealed class CallerAuthenticationOptionsValidator : IValidateOptions<CallerAuthenticationOptions>
{
    public ValidateOptionsResult Validate(string? name, CallerAuthenticationOptions options)
    {
        var hasAuthority = !string.IsNullOrWhiteSpace(options.Authority);
        var hasKey = !string.IsNullOrWhiteSpace(options.SigningKey);
        if (string.IsNullOrWhiteSpace(options.Audience))
        {
            return ValidateOptionsResult.Fail("Authentication:Audience is required: the audience callers' tokens are issued for.");
        }

        if (hasAuthority == hasKey)
        {
            return ValidateOptionsResult.Fail(hasAuthority
                ? "Authentication: set either Authority (OIDC) or Issuer + SigningKey, not both."
                : "Authentication: set Authority + Audience (an OIDC provider) or Issuer + Audience + SigningKey (base64, at least 32 bytes) to validate callers' tokens.");
        }

        if (hasAuthority && !Uri.TryCreate(options.Authority, UriKind.Absolute, out _))
        {
            return ValidateOptionsResult.Fail($"Authentication:Authority must be an absolute URL, got '{options.Authority}'.");
        }

        if (hasKey)
        {
            if (string.IsNullOrWhiteSpace(options.Issuer))
            {
                return ValidateOptionsResult.Fail("Authentication:Issuer is required with Authentication:SigningKey.");
            }

            if (!SigningKeys.TryDecode(options.SigningKey!, out var key) || key.Length < 32)
            {
                // The key itself is never echoed: it is a secret.
                return ValidateOptionsResult.Fail("Authentication:SigningKey must be base64 of at least 32 bytes (256 bits).");
            }
        }

        return ValidateOptionsResult.Success;
    }
}
