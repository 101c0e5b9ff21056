using System.Text.Json;

namespace GraphApi.Tests.Infrastructure;

internal static class JsonElementExtensions
{
    /// <summary>Walks a dotted path of property names ("data.me.boards").</summary>
    public static JsonElement At(this JsonElement element, string path) =>
        path.Split('.').Aggregate(element, (current, name) => current.GetProperty(name));

    public static void ShouldHaveNoErrors(this JsonElement body) =>
        body.TryGetProperty("errors", out var errors).ShouldBeFalse(errors.ToString());

    /// <summary>A string property's value; null for JSON null.</summary>
    public static string? Text(this JsonElement element, string name) => element.GetProperty(name).GetString();
}
