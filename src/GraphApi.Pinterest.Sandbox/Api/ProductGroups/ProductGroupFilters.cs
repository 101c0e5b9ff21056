using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using GraphApi.Pinterest.Sandbox.Api.CatalogItems;

namespace GraphApi.Pinterest.Sandbox.Api.ProductGroups;

/// <summary>
/// A product group's filters: <c>{"any_of": [...]}</c> or <c>{"all_of": [...]}</c> of one-key criteria
/// (<c>{"BRAND": {"values": ["Acme"], "negated": false}}</c>). The sandbox checks their shape and evaluates them on the
/// catalog's items for product counts and products: id keys match the item id, <c>MIN_PRICE</c>/<c>MAX_PRICE</c> (<c>values</c>: one
/// number) the number in <c>price</c>, <c>TITLE_KEYWORDS</c> words of the title, every other key the attribute of the same name
/// (case-insensitive). Auto-generated groups have empty filters and match every item.
/// </summary>
internal static class ProductGroupFilters
{
    private static readonly string[] IdKeys = ["ITEM_ID", "HOTEL_ID", "CREATIVE_ASSETS_ID"];

    /// <summary>Null when <paramref name="filters"/> may be sent to create or update a group, else why not.</summary>
    public static string? Problem(JsonNode? filters)
    {
        if (filters is not JsonObject { Count: 1 } root || (root["any_of"] ?? root["all_of"]) is not JsonArray { Count: > 0 } criteria)
        {
            return "filters must be {\"any_of\": [...]} or {\"all_of\": [...]} with at least one filter.";
        }

        return criteria.All(c => c is JsonObject { Count: 1 } one && one.First().Value is JsonObject && one.First().Key.All(k => char.IsAsciiLetterUpper(k) || char.IsAsciiDigit(k) || k == '_'))
            ? null
            : "each filter must be an object with one upper-case key and an object of criteria.";
    }

    /// <summary>True when <paramref name="item"/> (an item body) passes <paramref name="filters"/>.</summary>
    public static bool Matches(JsonNode? filters, JsonObject item, string idField)
    {
        if (filters is not JsonObject root)
        {
            return true;
        }

        var any = root["any_of"] as JsonArray;
        var criteria = (any ?? root["all_of"] as JsonArray)?.OfType<JsonObject>().ToList() ?? [];
        if (criteria.Count == 0)
        {
            return true;
        }

        return any is not null ? criteria.Any(c => One(c, item, idField)) : criteria.All(c => One(c, item, idField));
    }

    private static bool One(JsonObject criterion, JsonObject item, string idField)
    {
        var (key, value) = criterion.First();
        if (value is not JsonObject criteria)
        {
            return true;
        }

        var negated = criteria["negated"]?.GetValueKind() == JsonValueKind.True;
        var attributes = item["attributes"] as JsonObject ?? [];
        bool matched;
        if (key is "MIN_PRICE" or "MAX_PRICE")
        {
            var limit = criteria["values"]?.GetValueKind() == JsonValueKind.Number ? criteria["values"]!.GetValue<double>() : (double?)null;
            var price = Price(attributes["price"]);
            matched = limit is null || price is null || (key == "MIN_PRICE" ? price >= limit : price <= limit);
        }
        else
        {
            var values = (criteria["values"] as JsonArray)?.Select(v => v?.ToString() ?? string.Empty).ToList() ?? [];
            var actual = IdKeys.Contains(key) ? item[idField]?.ToString() : attributes[key.ToLowerInvariant()]?.ToString();
            matched = key == "TITLE_KEYWORDS"
                ? values.Any(v => attributes["title"]?.ToString()?.Contains(v, StringComparison.OrdinalIgnoreCase) == true)
                : values.Any(v => string.Equals(v, actual, StringComparison.OrdinalIgnoreCase));
        }

        return matched != negated;
    }

    private static double? Price(JsonNode? price)
    {
        var text = price?.ToString().Split(' ')[0];
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    /// <summary>The catalog's items that pass <paramref name="filters"/>, in id order.</summary>
    public static IEnumerable<(Data.CatalogItemRecordEntity Entity, JsonObject Body)> Select(IEnumerable<Data.CatalogItemRecordEntity> items, JsonNode? filters, string vertical)
    {
        var idField = CatalogItemStore.IdField(vertical);
        return items.OrderBy(i => i.Id, StringComparer.Ordinal)
            .Select(i => (Entity: i, Body: CatalogItemStore.Body(i)))
            .Where(i => Matches(filters, i.Body, idField));
    }
}
