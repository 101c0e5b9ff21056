using System.Security.Claims;

namespace GraphApi.Http.TrustedDocuments;

/// <summary>One <c>type=value</c> entry of <c>GraphQL:TrustedDocuments:RequiredWhenClaim</c>.</summary>
internal sealed record ClaimRule(string Type, string Value)
{
    public static bool TryParse(string? text, out ClaimRule rule)
    {
        rule = null!;
        var separator = text?.IndexOf('=', StringComparison.Ordinal) ?? -1;
        if (separator <= 0 || separator == text!.Length - 1)
        {
            return false;
        }

        var type = text[..separator].Trim();
        var value = text[(separator + 1)..].Trim();
        if (type.Length == 0 || value.Length == 0)
        {
            return false;
        }

        rule = new ClaimRule(type, value);
        return true;
    }

    /// <summary>A JWT array claim arrives as several claims of one type; any of them matching is enough.</summary>
    public bool Matches(ClaimsPrincipal user) => user.HasClaim(Type, Value);
}
