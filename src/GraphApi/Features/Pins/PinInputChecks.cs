using System.Text.RegularExpressions;
using GraphApi.Pinterest;
using GraphApi.Schema.Mutations;
using GraphApi.Schema.Relay;
namespace GraphApi.Features.Pins;

/// <summary>Pinterest's pin limits (from its OpenAPI file), checked before any call.</summary>
public static partial class PinInputChecks
{
    public static InputChecks Text(this InputChecks checks, string? title, string? description, string? link, string? altText) =>
        checks.MaxLength("title", title, PinterestLimits.PinTitleMaxLength).MaxLength("description", description, PinterestLimits.PinDescriptionMaxLength).HttpUrl("link", link).MaxLength("altText", altText, PinterestLimits.PinAltTextMaxLength);

    public static InputChecks Color(this InputChecks checks, string? color) =>
        color is null || HexColor().IsMatch(color) ? checks : checks.Fail("dominantColor", "`dominantColor` must look like #RRGGBB.");

    /// <summary>A board, section or pin ID input as a Pinterest ID; records a precise error when it is not one.</summary>
    public static string? PinterestId(this InputChecks checks, string field, string? value, string type)
    {
        if (value is null)
        {
            return null;
        }

        // One rule for queries and mutations: GlobalId.ToPinterestId is null for anything that is not a Pinterest ID.
        var id = GlobalId.ToPinterestId(value, type);
        checks.Id(field, id ?? "");
        return id;
    }

    [GeneratedRegex("^#[0-9A-Fa-f]{6}$")]
    private static partial Regex HexColor();
}
