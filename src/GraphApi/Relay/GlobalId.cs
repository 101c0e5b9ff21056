using System.Buffers.Text;
using System.Text;

namespace GraphApi.Relay;

/// <summary>Opaque Relay IDs: base64url of "Type:pinterestId". Inputs also accept a raw Pinterest ID.</summary>
public static class GlobalId
{
    public static string Encode(string type, string id) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{type}:{id}"));

    /// <summary>The (type, id) inside a global ID, or null when <paramref name="value"/> is not one.</summary>
    public static (string Type, string Id)? Decode(string value)
    {
        if (string.IsNullOrWhiteSpace(value) || !Base64Url.IsValid(value))
        {
            return null;
        }

        string text;
        try
        {
            text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(value));
        }
        catch (FormatException)
        {
            return null;
        }

        var colon = text.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && colon < text.Length - 1 && NodeTypes.IsKnown(text[..colon]) ? (text[..colon], text[(colon + 1)..]) : null;
    }

    /// <summary>The Pinterest ID for an input that is a global ID of <paramref name="type"/> or a raw Pinterest ID; null for another type's global ID.</summary>
    public static string? ToPinterestId(string value, string type) =>
        Decode(value) switch
        {
            { } decoded when decoded.Type == type => decoded.Id,
            { } => null,
            null => value.Trim(),
        };
}
