using System.Text.RegularExpressions;
using GraphApi.Execution.Cost;
using GraphApi.Execution.Errors;
using GraphApi.Execution.Scopes;
using GraphApi.Pinterest;
using GraphApi.Pinterest.Catalogs;
using GraphApi.Pinterest.Catalogs.Items;
using GraphApi.Pinterest.OAuth;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;

namespace GraphApi.Features.Catalogs;

/// <summary>
/// <c>Catalog.items(ids:)</c>: items by merchant ID through <see cref="CatalogItemsByIdDataLoader"/>, so every
/// <c>items</c> field of one catalog, country and language in a document shares calls of up to 1,000 IDs. One field
/// takes at most <see cref="MaxItemIds"/> IDs (more is refused before any call) and its cost is one call, an upper bound
/// since aliases share the loader's calls.
/// </summary>
public sealed partial class CatalogType
{
    /// <summary>IDs one <c>items</c> field takes: the spec's per-call limit, so a field never needs two calls.</summary>
    public const int MaxItemIds = PinterestLimits.CatalogItemIdsPerCall;

    partial void AddItemsFields()
    {
        Field<ListGraphType<NonNullGraphType<CatalogItemInterface>>>("items")
            .Description($"Items of this catalog by merchant ID (1–{MaxItemIds}), one entry per distinct ID in order: the item, or a MissingCatalogItem. Fields of one catalog, country and language share calls of up to {CatalogItemsByIdDataLoader.IdsPerCall} IDs.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("ids", $"Merchant item IDs (item_id, hotel_id or creative_assets_id), 1–{MaxItemIds}.")
            .Argument<StringGraphType>("country", "ISO 3166-1 alpha-2 country the item data is for (default US).")
            .Argument<StringGraphType>("language", "ISO 639-1 language or catalogs locale the item data is for (default EN).")
            .RequiresScopes(PinterestScopes.CatalogsRead)
            .UpstreamCost(UpstreamCost.OneCall)
            .UpstreamCategory(UpstreamCategories.CatalogsRead)
            .Resolve(ResolveItems);
    }

    private static object? ResolveItems(IResolveFieldContext<Catalog> context)
    {
        var ids = context.GetArgument<List<string>>("ids");
        var country = context.GetArgument("country", "US");
        var language = context.GetArgument("language", "EN");
        if (ids.Count is 0 or > MaxItemIds)
        {
            throw Invalid($"`ids` takes 1–{MaxItemIds} item IDs, not {ids.Count}.");
        }

        if (ids.Any(id => id.Length is 0 or > 500))
        {
            throw Invalid("`ids` must not hold empty IDs or IDs longer than 500 characters.");
        }

        if (!CountryPattern().IsMatch(country) || !LanguagePattern().IsMatch(language))
        {
            throw Invalid("`country` is two capital letters (US); `language` two capital letters (EN) or a locale (en-US).");
        }

        if (context.Source.CatalogType is not { } vertical)
        {
            return null;
        }

        var loader = context.RequestServices!.GetRequiredService<CatalogItemsByIdDataLoader>();
        var loads = ids.Distinct(StringComparer.Ordinal)
            .Select(id => loader.Load(new CatalogItemKey(context.Source.Id, vertical, country, language, id)))
            .ToList();
        return new AllLoaded(loads);
    }

    private static ExecutionError Invalid(string message) => new(message) { Code = ErrorCodes.InvalidArgument };

    /// <summary>The loads of one field, awaited in order (each ID's load is shared with other fields of the request).</summary>
    private sealed class AllLoaded(IReadOnlyList<IDataLoaderResult<CatalogItem?>> loads) : IDataLoaderResult
    {
        public async Task<object?> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var values = new List<CatalogItem>(loads.Count);
            foreach (var load in loads)
            {
                if (await load.GetResultAsync(cancellationToken) is { } item)
                {
                    values.Add(item);
                }
            }

            return values;
        }
    }

    [GeneratedRegex("^[A-Z]{2}$")]
    private static partial Regex CountryPattern();

    [GeneratedRegex("^([A-Z]{2}|[a-z]{2}-[A-Z]{2})$")]
    private static partial Regex LanguagePattern();
}
