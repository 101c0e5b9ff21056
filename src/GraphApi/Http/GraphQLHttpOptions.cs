using System.ComponentModel.DataAnnotations;

namespace GraphApi.Http;

/// <summary>Limits and switches of the GraphQL-over-HTTP endpoint, bound from <c>GraphQL:Http</c>.</summary>
public sealed class GraphQLHttpOptions
{
    public const string SectionName = "GraphQL:Http";

    [Required]
    [RegularExpression("^/.*", ErrorMessage = "GraphQL:Http:Path must start with '/'.")]
    public string Path { get; set; } = "/graphql";

    /// <summary>Largest accepted request body; a bigger one is answered 413 before it is read in full.</summary>
    [Range(1_024, 16 * 1024 * 1024, ErrorMessage = "GraphQL:Http:MaxRequestBodyBytes must be between 1 KiB and 16 MiB.")]
    public int MaxRequestBodyBytes { get; set; } = 256 * 1024;

    /// <summary>Longest accepted GraphQL document, in characters.</summary>
    [Range(16, 1_048_576, ErrorMessage = "GraphQL:Http:MaxDocumentLength must be between 16 and 1,048,576 characters.")]
    public int MaxDocumentLength { get; set; } = 32 * 1024;

    /// <summary>Largest accepted <c>variables</c> value, in bytes of its JSON text.</summary>
    [Range(2, 16 * 1024 * 1024, ErrorMessage = "GraphQL:Http:MaxVariablesBytes must be between 2 bytes and 16 MiB.")]
    public int MaxVariablesBytes { get; set; } = 128 * 1024;

    /// <summary>Most operations in one batched request (a JSON array).</summary>
    [Range(1, 100, ErrorMessage = "GraphQL:Http:MaxBatchSize must be between 1 and 100.")]
    public int MaxBatchSize { get; set; } = 10;
}
