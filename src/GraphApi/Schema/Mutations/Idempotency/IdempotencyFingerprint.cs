using System.Buffers;
using System.Security.Cryptography;
using System.Text.Json;

namespace GraphApi.Schema.Mutations.Idempotency;

/// <summary>
/// SHA-256 of a create's input in a canonical form: a JSON object of the fields in a fixed order (as each mutation
/// adds them), IDs already resolved to Pinterest IDs (a global ID and a raw ID of one board are the same input),
/// the key left out. A large input (a base64 image) costs one serialization into a buffer and one hash pass, once
/// per keyed request.
/// </summary>
internal sealed class IdempotencyFingerprint(string operation)
{
    private static readonly JsonSerializerOptions Canonical = new(JsonSerializerDefaults.Web);
    private readonly List<(string Name, object? Value)> _fields = [];

    public IdempotencyFingerprint Add(string name, string? value)
    {
        _fields.Add((name, value));
        return this;
    }

    /// <summary>Adds a nested input object as JSON (its properties in declaration order).</summary>
    public IdempotencyFingerprint AddJson<T>(string name, T value)
    {
        _fields.Add((name, JsonSerializer.SerializeToElement(value, Canonical)));
        return this;
    }

    /// <summary>The lowercase hex SHA-256.</summary>
    public string Hash()
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("operation", operation);
            foreach (var (name, value) in _fields)
            {
                writer.WritePropertyName(name);
                switch (value)
                {
                    case JsonElement element:
                        element.WriteTo(writer);
                        break;
                    case string text:
                        writer.WriteStringValue(text);
                        break;
                    default:
                        writer.WriteNullValue();
                        break;
                }
            }

            writer.WriteEndObject();
        }

        return Convert.ToHexStringLower(SHA256.HashData(buffer.WrittenSpan));
    }
}
