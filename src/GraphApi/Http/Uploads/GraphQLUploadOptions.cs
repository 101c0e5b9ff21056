using System.ComponentModel.DataAnnotations;
using GraphApi.Pinterest;

namespace GraphApi.Http.Uploads;

/// <summary>
/// File uploads over POST <c>multipart/form-data</c> (GraphQL multipart request spec), bound from
/// <c>GraphQL:Http:Uploads</c>. <c>operations</c> and <c>map</c> keep the JSON limits of <see cref="GraphQLHttpOptions"/>;
/// these bound the files.
/// </summary>
public sealed class GraphQLUploadOptions : IValidatableObject
{
    public const string SectionName = "GraphQL:Http:Uploads";

    /// <summary>Off: a multipart request is refused with 415 like any other non-JSON body.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Largest file. Pinterest's OpenAPI file states no size for <c>image_base64</c>; the default is the gateway's own
    /// bound for an inline pin image (<see cref="PinterestLimits.PinImageMaxBytes"/>), so nothing is accepted here that
    /// createPin would refuse anyway.
    /// </summary>
    [Range(1_024, 64 * 1024 * 1024, ErrorMessage = "GraphQL:Http:Uploads:MaxFileBytes must be between 1 KiB and 64 MiB.")]
    public long MaxFileBytes { get; set; } = PinterestLimits.PinImageMaxBytes;

    /// <summary>Most files in one request, and most places the map may put them (a carousel is 2–5 images; a batch of 10 pins 10).</summary>
    [Range(1, 100, ErrorMessage = "GraphQL:Http:Uploads:MaxFiles must be between 1 and 100.")]
    public int MaxFiles { get; set; } = 10;

    /// <summary>Largest whole multipart body (files, operations, map and framing); also the server's body limit for these requests.</summary>
    [Range(2_048, 512L * 1024 * 1024, ErrorMessage = "GraphQL:Http:Uploads:MaxTotalBytes must be between 2 KiB and 512 MiB.")]
    public long MaxTotalBytes { get; set; } = 25 * 1024 * 1024;

    /// <summary>
    /// Most multipart requests in flight in this process; one more is refused with 503 <c>UPLOADS_BUSY</c> and
    /// <c>Retry-After</c> before its body is read. Each may hold up to <see cref="MaxTotalBytes"/> on disk and, while
    /// Pinterest is called, about five times its images' size in memory (base64 in a JSON body).
    /// </summary>
    [Range(1, 1_024, ErrorMessage = "GraphQL:Http:Uploads:MaxConcurrentRequests must be between 1 and 1024.")]
    public int MaxConcurrentRequests { get; set; } = 8;

    /// <summary>
    /// Refuse a multipart request that carries neither <c>Authorization</c> nor a <c>GraphQL-Preflight</c> (or
    /// <c>Apollo-Require-Preflight</c>) header: multipart/form-data is a CORS "simple" request that any web page can send
    /// without a preflight (CSRF). On by default.
    /// </summary>
    public bool RequirePreflightHeader { get; set; } = true;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (MaxFileBytes > MaxTotalBytes)
        {
            yield return new ValidationResult(
                $"GraphQL:Http:Uploads:MaxFileBytes ({MaxFileBytes:N0}) must not be larger than GraphQL:Http:Uploads:MaxTotalBytes ({MaxTotalBytes:N0}).",
                [nameof(MaxFileBytes), nameof(MaxTotalBytes)]);
        }
    }
}
