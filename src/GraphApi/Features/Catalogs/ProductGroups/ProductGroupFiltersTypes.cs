using System.Text.Json;
using System.Text.Json.Nodes;
using GraphQL.Types;

namespace GraphApi.Features.Catalogs;

/// <summary>
/// A product group's filters, typed for the common criteria: the spec's <c>{"any_of"|"all_of": [{KEY: criteria}]}</c>.
/// List-of-strings keys take <c>values</c>, MIN_PRICE/MAX_PRICE a <c>number</c>. Keys with other shapes (product type
/// and Google category paths, custom numbers, hotel PRICE, CURRENCY) are sent and read as JSON (<c>filtersJson</c>).
/// </summary>
public sealed class ProductGroupFiltersInput
{
    public string Match { get; set; } = "ANY_OF";

    public List<ProductGroupFilterInput> Criteria { get; set; } = [];

    /// <summary>The spec's JSON for this input.</summary>
    public JsonElement ToJson() => JsonSerializer.SerializeToElement(new JsonObject
    {
        [Match == "ALL_OF" ? "all_of" : "any_of"] = new JsonArray(Criteria.Select(c => (JsonNode)c.ToJson()).ToArray()),
    });
}

public sealed class ProductGroupFilterInput
{
    public string Key { get; set; } = "";

    public List<string>? Values { get; set; }

    public double? Number { get; set; }

    public bool? Negated { get; set; }

    public JsonObject ToJson()
    {
        var criteria = new JsonObject();
        if (ProductGroupFilterKeyEnumType.PriceKeys.Contains(Key))
        {
            criteria["values"] = Number;
        }
        else
        {
            criteria["values"] = new JsonArray((Values ?? []).Select(v => (JsonNode)JsonValue.Create(v)).ToArray());
        }

        if (Negated is { } negated)
        {
            criteria["negated"] = negated;
        }

        return new JsonObject { [Key] = criteria };
    }
}

public sealed class ProductGroupFiltersInputType : InputObjectGraphType<ProductGroupFiltersInput>
{
    public const int MaxCriteria = 100;

    public ProductGroupFiltersInputType()
    {
        Name = "ProductGroupFiltersInput";
        Description = "Which items a product group holds: any or all of the criteria.";
        Field<NonNullGraphType<ProductGroupFilterMatchEnumType>>("match").Description("ANY_OF (an item passing one criterion) or ALL_OF (every criterion).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProductGroupFilterInputType>>>>("criteria").Description($"1–{MaxCriteria} criteria.");
    }
}

public sealed class ProductGroupFilterInputType : InputObjectGraphType<ProductGroupFilterInput>
{
    public ProductGroupFilterInputType()
    {
        Name = "ProductGroupFilterInput";
        Description = "One criterion: a key and its values (or a number for MIN_PRICE and MAX_PRICE).";
        Field<NonNullGraphType<ProductGroupFilterKeyEnumType>>("key").Description("What the criterion looks at.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("values").Description("The values an item may have (all keys but MIN_PRICE and MAX_PRICE).");
        Field<FloatGraphType>("number").Description("MIN_PRICE / MAX_PRICE: the bound (0 or more).");
        Field<BooleanGraphType>("negated").Description("Items NOT matching (default false).");
    }
}

public sealed class ProductGroupFilterMatchEnumType : EnumerationGraphType
{
    public ProductGroupFilterMatchEnumType()
    {
        Name = "ProductGroupFilterMatch";
        Description = "How a product group's criteria combine.";
        Add("ANY_OF", "ANY_OF", "An item passing any criterion (the spec's any_of).");
        Add("ALL_OF", "ALL_OF", "An item passing every criterion (the spec's all_of).");
    }
}

public sealed class ProductGroupFilterKeyEnumType : EnumerationGraphType
{
    /// <summary>Keys whose criteria are a list of strings (<c>CatalogsProductGroupMultipleStringCriteria</c> and its kin), in the spec's order.</summary>
    public static readonly IReadOnlyList<string> ListKeys =
    [
        "ITEM_ID", "AVAILABILITY", "BRAND", "CONDITION", "CUSTOM_LABEL_0", "CUSTOM_LABEL_1", "CUSTOM_LABEL_2", "CUSTOM_LABEL_3", "CUSTOM_LABEL_4",
        "ITEM_GROUP_ID", "GENDER", "MEDIA_TYPE", "PRODUCT_GROUP", "TITLE_KEYWORDS", "HOTEL_ID", "COUNTRY", "CREATIVE_ASSETS_ID",
    ];

    /// <summary>Keys whose criteria are one price (<c>CatalogsProductGroupPricingCriteria</c>).</summary>
    public static readonly IReadOnlyList<string> PriceKeys = ["MIN_PRICE", "MAX_PRICE"];

    public ProductGroupFilterKeyEnumType()
    {
        Name = "ProductGroupFilterKey";
        Description = "A product group criterion's key with a simple shape (the others go through filtersJson).";
        foreach (var key in PriceKeys.Concat(ListKeys))
        {
            Add(key, key);
        }
    }
}

/// <summary>Filters as read back: the criteria typed where their shape is simple, and the spec's JSON whole.</summary>
public sealed record ProductGroupFilters(string Match, IReadOnlyList<ProductGroupFilterCriterion> Criteria, string Json)
{
    public static ProductGroupFilters? From(JsonElement? filters)
    {
        if (filters is not { ValueKind: JsonValueKind.Object } root)
        {
            return null;
        }

        var allOf = root.TryGetProperty("all_of", out var all) && all.ValueKind == JsonValueKind.Array;
        var list = allOf ? all : root.TryGetProperty("any_of", out var any) && any.ValueKind == JsonValueKind.Array ? any : default;
        var criteria = list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Where(c => c.ValueKind == JsonValueKind.Object).SelectMany(c => c.EnumerateObject()).Select(ProductGroupFilterCriterion.From).ToList()
            : [];
        return new ProductGroupFilters(allOf ? "ALL_OF" : "ANY_OF", criteria, root.GetRawText());
    }
}

public sealed record ProductGroupFilterCriterion(string Key, IReadOnlyList<string>? Values, double? Number, bool Negated, string Json)
{
    public static ProductGroupFilterCriterion From(JsonProperty property)
    {
        var criteria = property.Value;
        var values = criteria.ValueKind == JsonValueKind.Object && criteria.TryGetProperty("values", out var v) ? v : default;
        var negated = criteria.ValueKind == JsonValueKind.Object && criteria.TryGetProperty("negated", out var n) && n.ValueKind == JsonValueKind.True;
        return new ProductGroupFilterCriterion(
            property.Name,
            values.ValueKind == JsonValueKind.Array ? values.EnumerateArray().Select(x => x.ValueKind == JsonValueKind.String ? x.GetString()! : x.GetRawText()).ToList() : null,
            values.ValueKind == JsonValueKind.Number ? values.GetDouble() : null,
            negated,
            criteria.GetRawText());
    }
}

public sealed class ProductGroupFiltersType : ObjectGraphType<ProductGroupFilters>
{
    public ProductGroupFiltersType()
    {
        Name = "ProductGroupFilters";
        Description = "Which items a product group holds.";
        Field<NonNullGraphType<ProductGroupFilterMatchEnumType>>("match").Description("ANY_OF or ALL_OF.").Resolve(c => c.Source.Match);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProductGroupFilterCriterionType>>>>("criteria").Description("The criteria (empty for auto-generated groups holding every item).").Resolve(c => c.Source.Criteria);
        Field<NonNullGraphType<StringGraphType>>("json").Description("The filters as Pinterest's JSON object text.").Resolve(c => c.Source.Json);
    }
}

public sealed class ProductGroupFilterCriterionType : ObjectGraphType<ProductGroupFilterCriterion>
{
    public ProductGroupFilterCriterionType()
    {
        Name = "ProductGroupFilterCriterion";
        Description = "One criterion of a product group.";
        Field<NonNullGraphType<StringGraphType>>("key").Description("The spec's key (BRAND, MIN_PRICE, PRODUCT_TYPE_0, ...): a string, since Pinterest adds keys.").Resolve(c => c.Source.Key);
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("values").Description("List criteria: the values (nested lists as JSON text).").Resolve(c => c.Source.Values);
        Field<FloatGraphType>("number").Description("Price criteria: the bound.").Resolve(c => c.Source.Number);
        Field<NonNullGraphType<BooleanGraphType>>("negated").Description("True for items NOT matching.").Resolve(c => c.Source.Negated);
        Field<NonNullGraphType<StringGraphType>>("json").Description("The criterion's JSON object text.").Resolve(c => c.Source.Json);
    }
}
