using System.Text.Json.Serialization;

namespace GraphApi.Pinterest.Pins;

/// <summary>
/// A Pin's media, discriminated on <c>media_type</c>. A kind Pinterest adds later reads as this base type
/// instead of failing the whole response.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "media_type", IgnoreUnrecognizedTypeDiscriminators = true)]
[JsonDerivedType(typeof(PinImageMedia), "image")]
[JsonDerivedType(typeof(PinVideoMedia), "video")]
[JsonDerivedType(typeof(PinMultipleImagesMedia), "multiple_images")]
[JsonDerivedType(typeof(PinMultipleVideosMedia), "multiple_videos")]
[JsonDerivedType(typeof(PinMultipleMixedMedia), "multiple_mixed")]
public record PinMedia;
