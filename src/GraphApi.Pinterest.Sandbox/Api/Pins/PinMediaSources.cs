using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using GraphApi.Pinterest.Sandbox.Api.Shared;
using GraphApi.Pinterest.Sandbox.Data;

namespace GraphApi.Pinterest.Sandbox.Api.Pins;

/// <summary>What a <c>media_source</c> turns into on the new pin.</summary>
internal sealed record PinMediaChoice(string Seed, string MediaType, string? ItemsJson = null, string? VideoMediaId = null);

/// <summary>
/// Parses the spec's <c>PinMediaSource</c> variants the sandbox supports: <c>image_url</c>, <c>image_base64</c>,
/// <c>multiple_image_urls</c>, <c>multiple_image_base64</c> (2–5 items) and <c>video_id</c>.
/// </summary>
internal static class PinMediaSources
{
    public const string Supported =
        "media_source is required: the sandbox accepts source_type image_url (url), image_base64 (content_type image/jpeg|image/png, data), " +
        "multiple_image_urls or multiple_image_base64 (items: 2-5) and video_id (media_id from POST /v5/media).";

    /// <summary>Null when the source is missing or unsupported; throws <see cref="FormatException"/> for bad fields.</summary>
    public static PinMediaChoice? Parse(JsonObject source) => source.String("source_type") switch
    {
        "image_url" when source.String("url") is { } url => new(url, "image"),
        "image_base64" when IsImage(source) && source.String("data") is { } data => new(data, "image"),
        "multiple_image_urls" => Carousel(source, item => item.String("url")),
        "multiple_image_base64" => Carousel(source, item => IsImage(item) ? item.String("data") : null),
        "video_id" when source.String("media_id") is { } mediaId => new(mediaId, "video", VideoMediaId: mediaId),
        _ => null,
    };

    public static string ColorFrom(string seed)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(seed));
        return "#" + Convert.ToHexString(hash, 0, 3);
    }

    public static IReadOnlyList<CarouselItem> Items(PinEntity pin) =>
        pin.MediaItemsJson is null ? [] : JsonSerializer.Deserialize<List<CarouselItem>>(pin.MediaItemsJson) ?? [];

    private static bool IsImage(JsonObject source) => source.String("content_type") is "image/jpeg" or "image/png";

    // Each item gets its own colour from its own source, so the rendered carousel images differ.
    private static PinMediaChoice? Carousel(JsonObject source, Func<JsonObject, string?> seedOf)
    {
        if (source["items"] is not JsonArray { Count: >= 2 and <= 5 } array)
        {
            return null;
        }

        var items = new List<CarouselItem>();
        foreach (var node in array)
        {
            if (node is not JsonObject item || seedOf(item) is not { } seed)
            {
                return null;
            }

            items.Add(new CarouselItem(ColorFrom(seed), item.String("title"), item.String("description"), item.String("link")));
        }

        return new PinMediaChoice(string.Join('|', items.Select(i => i.Color)), "multiple_images", JsonSerializer.Serialize(items));
    }
}
