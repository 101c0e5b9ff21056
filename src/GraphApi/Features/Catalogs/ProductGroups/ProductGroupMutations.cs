using System.Text.Json;
using GraphApi.Execution.Cost;
using GraphApi.Execution.Scopes;
using GraphApi.Features.Pins;
using GraphApi.Pinterest;
using GraphApi.Pinterest.Catalogs.ProductGroups;
using GraphApi.Pinterest.OAuth;
using GraphApi.Pinterest.Pagination;
using GraphApi.Schema;
using GraphApi.Schema.Mutations;
using GraphApi.Schema.Mutations.Idempotency;
using GraphApi.Schema.Relay;
using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;

namespace GraphApi.Features.Catalogs;

/// <summary>
/// createProductGroup (idempotency key), updateProductGroup, deleteProductGroup: catalog-based groups, catalogs:write.
/// Filters are checked before any call: typed criteria or the spec's JSON, 1–100 criteria, each with its values.
/// </summary>
internal sealed class ProductGroupMutations : IMutationFields
{
    public const int NameMaxLength = 255;
    public const int DescriptionMaxLength = 1000;
    public const int FiltersJsonMaxLength = 64 * 1024;

    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<CreateProductGroupPayloadType>>("createProductGroup")
            .Description("Creates a product group in a catalog.")
            .Argument<NonNullGraphType<CreateProductGroupInputType>>("input", "The group.")
            .Write((code, message) => new ProductGroupPayload(null, [UserErrors.FromDenial(code, message)]))
            .Resolve().WithService<IPinterestClient>()
            .ResolveAsync(async (c, pinterest) => await CreateAsync(c, pinterest, c.GetArgument<CreateProductGroupInput>("input")));
        mutation.Field<NonNullGraphType<UpdateProductGroupPayloadType>>("updateProductGroup")
            .Description("Renames, re-describes or re-filters a product group.")
            .Argument<NonNullGraphType<UpdateProductGroupInputType>>("input", "The changes.")
            .Write((code, message) => new ProductGroupPayload(null, [UserErrors.FromDenial(code, message)]))
            .Resolve().WithService<IPinterestClient>()
            .ResolveAsync(async (c, pinterest) => await UpdateAsync(c, pinterest, c.GetArgument<UpdateProductGroupInput>("input")));
        mutation.Field<NonNullGraphType<DeleteProductGroupPayloadType>>("deleteProductGroup")
            .Description("Deletes a product group.")
            .Argument<NonNullGraphType<DeleteProductGroupInputType>>("input", "The group.")
            .Write((code, message) => new DeletedPayload(null, [UserErrors.FromDenial(code, message)]))
            .Resolve().WithService<IPinterestClient>()
            .ResolveAsync(async (c, pinterest) => await DeleteAsync(c, pinterest, c.GetArgument<DeleteProductGroupInput>("input")));
    }

    private static Task<ProductGroupPayload> CreateAsync(IResolveFieldContext c, IPinterestClient pinterest, CreateProductGroupInput input)
    {
        var checks = new InputChecks().Length("name", input.Name, 1, NameMaxLength).MaxLength("description", input.Description, DescriptionMaxLength);
        var catalogId = checks.PinterestId("catalogId", input.CatalogId, NodeTypes.Catalog);
        var filters = Filters(checks, input.Filters, input.FiltersJson, required: true);
        IdempotentCreate.CheckKey(input.IdempotencyKey, checks);
        var groups = pinterest.ProductGroups;
        return MutationRunner.RunAsync(checks.Errors, errors => new ProductGroupPayload(null, errors), async () =>
        {
            var request = new CreateProductGroupRequest
            {
                CatalogType = input.CatalogType,
                CatalogId = catalogId!,
                Name = input.Name,
                Description = input.Description,
                Filters = filters!.Value,
                Country = input.Country,
                Locale = input.Locale,
            };
            var result = await IdempotentCreate.RunAsync(c, "createProductGroup", input.IdempotencyKey,
                () => new IdempotencyFingerprint("createProductGroup").AddJson("request", request).Hash(),
                () => groups.CreateAsync(request, cancellationToken: c.CancellationToken),
                id => groups.GetAsync(id, cancellationToken: c.CancellationToken),
                g => g.Id,
                // Names are unique in a catalog: the group an unknown earlier attempt created is the one with this name.
                async _ => (await groups.ListAsync(new ListProductGroupsRequest { CatalogId = catalogId, Page = new PageRequest(PageRequest.MaxPageSize) }, c.CancellationToken))
                    .Items.FirstOrDefault(g => g.Name == input.Name));
            c.Service<ProductGroupsByIdDataLoader>().Prime(result.Value.Id, result.Value);
            return new ProductGroupPayload(result.Value, [], result.Replayed);
        });
    }

    private static Task<ProductGroupPayload> UpdateAsync(IResolveFieldContext c, IPinterestClient pinterest, UpdateProductGroupInput input)
    {
        var checks = new InputChecks().MaxLength("description", input.Description, DescriptionMaxLength);
        if (input.Name is not null)
        {
            checks.Length("name", input.Name, 1, NameMaxLength);
        }

        var groupId = checks.PinterestId("productGroupId", input.ProductGroupId, NodeTypes.ProductGroup);
        var filters = Filters(checks, input.Filters, input.FiltersJson, required: false);
        return MutationRunner.RunAsync(checks.Errors, errors => new ProductGroupPayload(null, errors), async () =>
        {
            var group = await pinterest.ProductGroups.UpdateAsync(groupId!, new UpdateProductGroupRequest
            {
                CatalogType = input.CatalogType,
                Name = input.Name,
                Description = input.Description,
                Filters = filters,
                Country = input.Country,
                Locale = input.Locale,
            }, cancellationToken: c.CancellationToken);
            c.Service<ProductGroupsByIdDataLoader>().Clear(groupId!);
            return new ProductGroupPayload(group, []);
        });
    }

    private static Task<DeletedPayload> DeleteAsync(IResolveFieldContext c, IPinterestClient pinterest, DeleteProductGroupInput input)
    {
        var checks = new InputChecks();
        var groupId = checks.PinterestId("productGroupId", input.ProductGroupId, NodeTypes.ProductGroup);
        return MutationRunner.RunAsync(checks.Errors, errors => new DeletedPayload(null, errors), async () =>
        {
            await pinterest.ProductGroups.DeleteAsync(groupId!, cancellationToken: c.CancellationToken);
            c.Service<ProductGroupsByIdDataLoader>().Clear(groupId!);
            return new DeletedPayload(GlobalId.Encode(NodeTypes.ProductGroup, groupId!), []);
        });
    }

    /// <summary>The filters as the spec's JSON, from the typed input or the JSON text (exactly one when required).</summary>
    private static JsonElement? Filters(InputChecks checks, ProductGroupFiltersInput? typed, string? json, bool required)
    {
        if (typed is not null && json is not null)
        {
            checks.Fail("filters", "Give `filters` or `filtersJson`, not both.");
            return null;
        }

        if (typed is not null)
        {
            if (typed.Criteria.Count is 0 or > ProductGroupFiltersInputType.MaxCriteria)
            {
                checks.Fail("filters.criteria", $"`criteria` takes 1–{ProductGroupFiltersInputType.MaxCriteria} criteria.");
                return null;
            }

            foreach (var criterion in typed.Criteria)
            {
                var price = ProductGroupFilterKeyEnumType.PriceKeys.Contains(criterion.Key);
                if (price ? criterion.Number is not >= 0 || criterion.Values is not null : criterion.Values is not { Count: > 0 and <= 1000 } || criterion.Number is not null)
                {
                    checks.Fail("filters.criteria", price
                        ? $"{criterion.Key} takes `number` (0 or more) and no `values`."
                        : $"{criterion.Key} takes 1–1000 `values` and no `number`.");
                    return null;
                }
            }

            return typed.ToJson();
        }

        if (json is not null)
        {
            try
            {
                if (json.Length <= FiltersJsonMaxLength)
                {
                    using var document = JsonDocument.Parse(json);
                    var root = document.RootElement;
                    if (root.ValueKind == JsonValueKind.Object && root.EnumerateObject().Count() == 1
                        && (root.TryGetProperty("any_of", out var list) || root.TryGetProperty("all_of", out list))
                        && list.ValueKind == JsonValueKind.Array && list.GetArrayLength() is > 0 and <= ProductGroupFiltersInputType.MaxCriteria)
                    {
                        return root.Clone();
                    }
                }
            }
            catch (JsonException)
            {
                // Reported below.
            }

            checks.Fail("filtersJson", $"`filtersJson` must be {{\"any_of\": [...]}} or {{\"all_of\": [...]}} with 1–{ProductGroupFiltersInputType.MaxCriteria} criteria.");
            return null;
        }

        if (required)
        {
            checks.Fail("filters", "Give `filters` or `filtersJson`.");
        }

        return null;
    }
}

/// <summary>What every product group write declares: catalogs:write, one call, the catalogs write category.</summary>
internal static class ProductGroupWriteFields
{
    public static GraphQL.Builders.FieldBuilder<TSource, TReturn> Write<TSource, TReturn>(this GraphQL.Builders.FieldBuilder<TSource, TReturn> field, Func<string, string, object> denied) =>
        field.RequiresScopes(PinterestScopes.CatalogsWrite)
            .UpstreamCost(UpstreamCost.OneCall)
            .UpstreamCategory(UpstreamCategories.CatalogsWrite)
            .OnScopeDenied(denied);
}
