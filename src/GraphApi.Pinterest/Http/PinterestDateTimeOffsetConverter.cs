using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace GraphApi.Pinterest.Http;

/// <summary>
/// Organic objects carry ISO 8601 date-times, and Pinterest has been seen to omit the offset
/// (<c>"2022-10-13T01:40:29"</c>); such values are UTC, not the server's local time.
/// </summary>
internal sealed class PinterestDateTimeOffsetConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString();
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value))
        {
            return value;
        }

        throw new JsonException("Expected an ISO 8601 date-time.");
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString("O", CultureInfo.InvariantCulture));
    }
}
