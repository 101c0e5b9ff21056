using System.Text.Json.Serialization;

namespace GraphApi.Pinterest.Pins;

/// <summary>Where a new Pin's media comes from, discriminated on <c>source_type</c>.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "source_type")]
[JsonDerivedType(typeof(PinImageUrlSource), "image_url")]
[JsonDerivedType(typeof(PinImageBase64Source), "image_base64")]
[JsonDerivedType(typeof(PinMultipleImageUrlsSource), "multiple_image_urls")]
[JsonDerivedType(typeof(PinMultipleImageBase64Source), "multiple_image_base64")]
[JsonDerivedType(typeof(PinVideoIdSource), "video_id")]
[JsonDerivedType(typeof(PinUrlSource), "pin_url")]
public abstract record PinMediaSource;
