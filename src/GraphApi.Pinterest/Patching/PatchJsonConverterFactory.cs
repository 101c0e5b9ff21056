using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace GraphApi.Pinterest.Patching;

/// <summary>Writes a <see cref="Patch{T}"/> as its value or <c>null</c>, and reads JSON <c>null</c> as Null (absent stays Unset).</summary>
internal sealed class PatchJsonConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsGenericType && typeToConvert.GetGenericTypeDefinition() == typeof(Patch<>);

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(PatchJsonConverter<>).MakeGenericType(typeToConvert.GetGenericArguments()[0]))!;

    private sealed class PatchJsonConverter<T> : JsonConverter<Patch<T>>
        where T : notnull
    {
        // Without this, System.Text.Json would never show the converter a JSON null and could not read Null.
        public override bool HandleNull => true;

        public override Patch<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.Null)
            {
                return Patch.Null<T>();
            }

            var value = JsonSerializer.Deserialize(ref reader, (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T)));
            return value is null ? Patch.Null<T>() : Patch.Of(value);
        }

        public override void Write(Utf8JsonWriter writer, Patch<T> value, JsonSerializerOptions options)
        {
            switch (value.Kind)
            {
                case PatchKind.Value:
                    JsonSerializer.Serialize(writer, value.Value, (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T)));
                    break;
                case PatchKind.Null:
                    writer.WriteNullValue();
                    break;
                default:
                    throw new InvalidOperationException(
                        $"An unset Patch<{typeof(T).Name}> must be left out of the body: mark the property [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)].");
            }
        }
    }
}
