using System.ComponentModel.DataAnnotations;

namespace GraphApi.Execution.Limits;

/// <summary>
/// Limits on documents, errors, responses and time, bound from <c>GraphQL:Limits</c>. Every limit is on by default;
/// docs/security/limits.md lists each with its code and how to tune it.
/// </summary>
public sealed class GraphQLLimitsOptions : IValidatableObject
{
    public const string SectionName = "GraphQL:Limits";

    /// <summary>Deepest field nesting of any operation, fragments expanded (<c>{ a { b } }</c> is 2).</summary>
    [Range(2, 64, ErrorMessage = "GraphQL:Limits:MaxDepth must be between 2 and 64.")]
    public int MaxDepth { get; set; } = 15;

    /// <summary>Field selections in the whole document, every fragment spread counted as written out in place.</summary>
    [Range(10, 100_000, ErrorMessage = "GraphQL:Limits:MaxFieldSelections must be between 10 and 100,000.")]
    public int MaxFieldSelections { get; set; } = 1_000;

    /// <summary>
    /// Fields with the same response path (response names from the operation root, e.g. <c>me/boards</c>), merged across
    /// same-named parents, inline fragments and spreads. Validation compares such fields pairwise, so hundreds of them
    /// make it quadratic (800 conflicting ones took ~20 s). Relay-style clients merge <c>id</c> from many fragments,
    /// hence the room.
    /// </summary>
    [Range(2, 1_000, ErrorMessage = "GraphQL:Limits:MaxFieldsPerResponseName must be between 2 and 1,000.")]
    public int MaxFieldsPerResponseName { get; set; } = 50;

    /// <summary>Aliased fields in the whole document, fragments expanded.</summary>
    [Range(0, 10_000, ErrorMessage = "GraphQL:Limits:MaxAliases must be between 0 and 10,000.")]
    public int MaxAliases { get; set; } = 100;

    /// <summary>Fragment spreads in the whole document, counted as expanded (a spread inside a fragment spread twice counts twice).</summary>
    [Range(0, 10_000, ErrorMessage = "GraphQL:Limits:MaxFragmentSpreads must be between 0 and 10,000.")]
    public int MaxFragmentSpreads { get; set; } = 250;

    /// <summary>Fragment definitions in the document.</summary>
    [Range(0, 1_000, ErrorMessage = "GraphQL:Limits:MaxFragmentDefinitions must be between 0 and 1,000.")]
    public int MaxFragmentDefinitions { get; set; } = 50;

    /// <summary>Directives on one node (a field, spread, fragment, operation or variable).</summary>
    [Range(1, 100, ErrorMessage = "GraphQL:Limits:MaxDirectivesPerLocation must be between 1 and 100.")]
    public int MaxDirectivesPerLocation { get; set; } = 5;

    /// <summary>
    /// Nested <c>fields</c>/<c>inputFields</c>/<c>interfaces</c>/<c>possibleTypes</c> levels inside introspection. The IDE's
    /// introspection query uses 1; <c>__type { fields { type { fields { type { fields ...</c> grows the response exponentially.
    /// </summary>
    [Range(1, 10, ErrorMessage = "GraphQL:Limits:MaxIntrospectionDepth must be between 1 and 10.")]
    public int MaxIntrospectionDepth { get; set; } = 2;

    /// <summary>The parser's own recursion limit (selection sets, list and object values); deeper is refused with NESTING_TOO_DEEP.</summary>
    [Range(16, 512, ErrorMessage = "GraphQL:Limits:MaxParserDepth must be between 16 and 512.")]
    public int MaxParserDepth { get; set; } = 128;

    /// <summary>Errors in one response; execution stops once more occurred, and the list ends with one TOO_MANY_ERRORS.</summary>
    [Range(1, 10_000, ErrorMessage = "GraphQL:Limits:MaxErrors must be between 1 and 10,000.")]
    public int MaxErrors { get; set; } = 100;

    /// <summary>Largest serialized response; a bigger one is answered with RESPONSE_TOO_LARGE instead.</summary>
    [Range(1_024, 256 * 1024 * 1024, ErrorMessage = "GraphQL:Limits:MaxResponseBytes must be between 1 KiB and 256 MiB.")]
    public int MaxResponseBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>Longest execution of one operation (validation and resolvers, upstream calls included): TIMEOUT.</summary>
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Longest whole HTTP request on the GraphQL endpoint (body, every operation of a batch, writing): REQUEST_TIMEOUT.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(60);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (ExecutionTimeout <= TimeSpan.Zero || ExecutionTimeout > TimeSpan.FromMinutes(10))
        {
            yield return new ValidationResult("GraphQL:Limits:ExecutionTimeout must be more than 0 and at most 00:10:00.");
        }

        if (RequestTimeout <= TimeSpan.Zero || RequestTimeout > TimeSpan.FromMinutes(30))
        {
            yield return new ValidationResult("GraphQL:Limits:RequestTimeout must be more than 0 and at most 00:30:00.");
        }
        else if (RequestTimeout < ExecutionTimeout)
        {
            yield return new ValidationResult("GraphQL:Limits:RequestTimeout must not be shorter than GraphQL:Limits:ExecutionTimeout.");
        }
    }
}
