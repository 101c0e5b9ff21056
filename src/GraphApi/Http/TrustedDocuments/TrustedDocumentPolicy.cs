using System.Security.Claims;
using Microsoft.Extensions.Options;

namespace GraphApi.Http.TrustedDocuments;

/// <summary>Decides whether a caller may only run trusted documents (all callers, or those holding a configured claim).</summary>
internal sealed class TrustedDocumentPolicy
{
    private readonly bool _all;
    private readonly ClaimRule[] _rules;

    public TrustedDocumentPolicy(IOptions<TrustedDocumentOptions> options)
    {
        _all = options.Value.RequiredForAll;
        _rules = [.. options.Value.RequiredWhenClaim.Select(r => ClaimRule.TryParse(r, out var rule) ? rule : null).OfType<ClaimRule>()];
    }

    public bool RequiresTrustedDocuments(ClaimsPrincipal user) => _all || Array.Exists(_rules, r => r.Matches(user));
}
