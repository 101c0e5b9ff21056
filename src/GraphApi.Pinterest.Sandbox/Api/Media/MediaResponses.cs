using System.Text.Json.Serialization;

namespace GraphApi.Pinterest.Sandbox.Api.Media;

/// <summary>The spec's <c>Media</c>.</summary>
internal sealed record MediaResponse(string MediaId, string MediaType, string Status);

/// <summary>S3-style form fields; the names are Amazon's, hence the explicit JSON names.</summary>
internal sealed record UploadParameters(
    [property: JsonPropertyName("key")] string Key,
    [property: JsonPropertyName("Content-Type")] string ContentType,
    [property: JsonPropertyName("policy")] string Policy);

/// <summary>The spec's <c>MediaUpload</c>.</summary>
internal sealed record MediaUploadResponse(string MediaId, string MediaType, string UploadUrl, UploadParameters UploadParameters);
