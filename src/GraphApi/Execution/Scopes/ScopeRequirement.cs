namespace GraphApi.Execution.Scopes;

/// <summary>
/// The Pinterest scopes a field needs, in Apollo's <c>@requiresScopes</c> shape: any one of the inner sets, each
/// needed in full (<c>[["boards:read", "pins:read"]]</c> needs both; <c>[["a"], ["b"]]</c> needs either).
/// </summary>
public sealed class ScopeRequirement
{
    public const string MetadataKey = "graphapi:requiresScopes";

    public ScopeRequirement(IReadOnlyList<IReadOnlyList<string>> anyOf)
    {
        if (anyOf.Count == 0 || anyOf.Any(set => set.Count == 0))
        {
            throw new ArgumentException("A scope requirement needs at least one non-empty set of scopes.", nameof(anyOf));
        }

        AnyOf = anyOf;
    }

    public IReadOnlyList<IReadOnlyList<string>> AnyOf { get; }

    /// <summary>Null when <paramref name="effective"/> satisfies one alternative; else the fewest scopes still missing.</summary>
    public IReadOnlyList<string>? Missing(IReadOnlySet<string> effective)
    {
        List<string>? fewest = null;
        foreach (var set in AnyOf)
        {
            var missing = set.Where(scope => !effective.Contains(scope)).ToList();
            if (missing.Count == 0)
            {
                return null;
            }

            if (fewest is null || missing.Count < fewest.Count)
            {
                fewest = missing;
            }
        }

        return fewest;
    }

    public override string ToString() => string.Join(" or ", AnyOf.Select(set => string.Join(" + ", set)));
}
