using System.Buffers.Text;
using System.Text;
using GraphApi.Features.Sections;

namespace GraphApi.Schema.Relay;

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

    /// <summary>
    /// The Pinterest ID for an input that is a global ID of <paramref name="type"/> or a raw Pinterest ID (for a
    /// section's global ID, the section's own ID); null for another type's global ID or for anything that is not a
    /// valid Pinterest ID (<see cref="PinterestIds"/>), so no caller value reaches an upstream path unchecked.
    /// </summary>
    public static string? ToPinterestId(string value, string type)
    {
        var id = Decode(value) switch
        {
            { } decoded when decoded.Type == type => type == NodeTypes.BoardSection ? SectionKey.Parse(decoded.Id)?.SectionId : decoded.Id,
            { } => null,
            null => value.Trim(),
        };
        return PinterestIds.IsValid(id) ? id : null;
    }

    /// <summary>
    /// <see cref="ToPinterestId"/> for a query argument: INVALID_ARGUMENT, before any upstream call, for another
    /// type's global ID or a value that is not a Pinterest ID.
    /// </summary>
    public static string RequirePinterestId(string value, string type, string argument) =>
        ToPinterestId(value, type) ?? throw (Decode(value) is { } decoded && decoded.Type != type
            ? NodeErrors.WrongType(argument, type)
            : PinterestIds.Invalid(argument));
}
