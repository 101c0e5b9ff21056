using System.Text.Json;
using System.Text.Json.Serialization;

namespace GraphApi.Pinterest.Ads;

/// <summary>The spec gives <c>exceptions</c> as an array for campaigns and ad groups but as one object for ads.</summary>
internal sealed class AdsWriteRefusalsConverter : JsonConverter<IReadOnlyList<AdsWriteRefusal>>
{
    public override IReadOnlyList<AdsWriteRefusal>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var one = AdsJsonContext.Default.AdsWriteRefusal;
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.StartObject:
                var single = JsonSerializer.Deserialize(ref reader, one);
                return single is null || (single.Code is null && single.Message is null) ? [] : [single];
            case JsonTokenType.StartArray:
                return JsonSerializer.Deserialize(ref reader, AdsJsonContext.Default.IReadOnlyListAdsWriteRefusal);
            default:
                throw new JsonException("exceptions must be an object or an array.");
        }
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<AdsWriteRefusal> value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value, AdsJsonContext.Default.IReadOnlyListAdsWriteRefusal);
}
