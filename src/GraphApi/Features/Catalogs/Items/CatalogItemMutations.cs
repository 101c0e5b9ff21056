using System.Globalization;
using System.Text.Json;
using GraphApi.Execution.Cost;
using GraphApi.Execution.Scopes;
using GraphApi.Features.Pins;
using GraphApi.Pinterest;
using GraphApi.Pinterest.Catalogs.Items;
using GraphApi.Pinterest.OAuth;
using GraphApi.Schema;
using GraphApi.Schema.Mutations;
using GraphApi.Schema.Mutations.Idempotency;
using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;

namespace GraphApi.Features.Catalogs;

/// <summary>
/// <c>submitCatalogItemBatch</c>: one mutation with an operation per item rather than upsert/update/delete mutations,
/// because Pinterest's batch is one call mixing CREATE, UPDATE, UPSERT and DELETE items under one batch ID a client
/// polls; splitting it would turn one batch (one call, one status) into several. Checked before any call: 1–1000 items,
/// attributes a JSON object where required, an update mask on retail UPDATEs only.
/// </summary>
internal sealed class CatalogItemMutations : IMutationFields
{
    public const int MaxItems = PinterestLimits.CatalogItemsPerBatch;

    /// <summary>One item's attributes as JSON text: a bound well above any real item, far below the request limits.</summary>
    public const int MaxAttributesLength = 64 * 1024;

    public void AddTo(ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<SubmitCatalogItemBatchPayloadType>>("submitCatalogItemBatch")
            .Description($"Creates, updates, upserts or deletes 1–{MaxItems} items of one catalog in one Pinterest batch. The batch is asynchronous: poll catalogItemBatch(id).")
            .Argument<NonNullGraphType<SubmitCatalogItemBatchInputType>>("input", "The catalog and the item operations.")
            .RequiresScopes(PinterestScopes.CatalogsRead, PinterestScopes.CatalogsWrite)
            .UpstreamCost(UpstreamCost.OneCall)
            .UpstreamCategory(UpstreamCategories.CatalogsWrite)
            .OnScopeDenied((code, message) => new CatalogItemBatchPayload(null, [UserErrors.FromDenial(code, message)]))
            .Resolve().WithService<IPinterestClient>()
            .ResolveAsync(async (c, pinterest) => await SubmitAsync(c, pinterest, c.GetArgument<SubmitCatalogItemBatchInput>("input")));

    private static Task<CatalogItemBatchPayload> SubmitAsync(IResolveFieldContext c, IPinterestClient pinterest, SubmitCatalogItemBatchInput input)
    {
        var checks = new InputChecks();
        var catalogId = checks.PinterestId("catalogId", input.CatalogId, Schema.Relay.NodeTypes.Catalog);
        IdempotentCreate.CheckKey(input.IdempotencyKey, checks);
        var operations = Operations(checks, input);
        var request = operations is null ? null : new CatalogItemsBatchRequest
        {
            CatalogType = input.CatalogType,
            CatalogId = catalogId,
            Country = input.Country ?? "US",
            Language = input.Language ?? "EN",
            Items = operations,
        };
        var items = pinterest.CatalogItems;
        return MutationRunner.RunAsync(checks.Errors, errors => new CatalogItemBatchPayload(null, errors), async () =>
        {
            // No list of batches exists to search after an attempt whose outcome is unknown: such a retry submits
            // again, which re-applies the same item states (a CREATE reports the item exists).
            var result = await IdempotentCreate.RunAsync(c, "submitCatalogItemBatch", input.IdempotencyKey,
                () => new IdempotencyFingerprint("submitCatalogItemBatch").AddJson("request", request!).Hash(),
                () => items.SubmitBatchAsync(request!, cancellationToken: c.CancellationToken),
                id => items.GetBatchAsync(id, cancellationToken: c.CancellationToken),
                b => b.BatchId ?? string.Empty,
                _ => Task.FromResult<CatalogItemsBatch?>(null));
            return new CatalogItemBatchPayload(result.Value, [], result.Replayed);
        });
    }

    private static List<CatalogItemOperation>? Operations(InputChecks checks, SubmitCatalogItemBatchInput input)
    {
        if (input.Items.Count is 0 or > MaxItems)
        {
            checks.Fail("items", $"`items` takes 1–{MaxItems} operations, not {input.Items.Count.ToString(CultureInfo.InvariantCulture)}.");
            return null;
        }

        if (input.Country is { } country && (country.Length != 2 || !country.All(char.IsAsciiLetterUpper)))
        {
            checks.Fail("country", "`country` is two capital letters (US).");
        }

        var operations = new List<CatalogItemOperation>(input.Items.Count);
        for (var i = 0; i < input.Items.Count; i++)
        {
            var item = input.Items[i];
            var field = $"items[{i.ToString(CultureInfo.InvariantCulture)}]";
            if (item.ItemId.Length is 0 or > 500)
            {
                checks.Fail(field + ".itemId", "`itemId` must be 1–500 characters.");
            }

            JsonElement? attributes = null;
            if (item.Operation == "DELETE")
            {
                if (item.AttributesJson is not null)
                {
                    checks.Fail(field + ".attributesJson", "A DELETE takes no attributes.");
                }
            }
            else if (Attributes(item.AttributesJson) is { } parsed)
            {
                attributes = parsed;
            }
            else
            {
                checks.Fail(field + ".attributesJson", $"{item.Operation} needs `attributesJson`: a JSON object of at most {MaxAttributesLength} characters.");
            }

            if (item.UpdateMask is not null && (item.Operation != "UPDATE" || input.CatalogType != CatalogItemVerticals.Retail))
            {
                checks.Fail(field + ".updateMask", "`updateMask` applies to retail UPDATE operations only.");
            }

            if (checks.Errors.Count > 0)
            {
                // One precise error is enough; checking 1,000 bad items would only grow the answer.
                return null;
            }

            operations.Add(CatalogItemOperation.For(input.CatalogType, item.Operation, item.ItemId, attributes, item.UpdateMask));
        }

        return operations;
    }

    private static JsonElement? Attributes(string? json)
    {
        if (json is null || json.Length > MaxAttributesLength)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.ValueKind == JsonValueKind.Object ? document.RootElement.Clone() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
