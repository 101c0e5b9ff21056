using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using GraphApi.Pinterest.Sandbox.Api.Catalogs;
using GraphApi.Pinterest.Sandbox.Api.Shared;
using GraphApi.Pinterest.Sandbox.Data;
using GraphApi.Pinterest.Sandbox.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using static GraphApi.Pinterest.Sandbox.Api.CatalogItems.CatalogItemRoutes;

namespace GraphApi.Pinterest.Sandbox.Api.CatalogItems;

/// <summary>
/// Item batches (<c>items_batch/post</c>, <c>items_batch/get</c>). A batch of 1–1000 operations of one vertical is
/// checked as a whole first (shape, vertical, operations: 400 for the request), then item by item: an item that fails
/// validation (CREATE of an existing id, UPDATE or DELETE of a missing one, a required attribute missing) gets
/// <c>FAILURE</c> with its errors while the others apply. The sandbox applies the operations when it accepts the batch;
/// only the report is asynchronous, with a deterministic clock: the batch answers <c>PROCESSING</c> when created and to
/// its first <see cref="PollsBeforeReady"/> polls, and <c>COMPLETED</c> with every item's outcome from the next poll on.
/// </summary>
internal static class CatalogItemBatchEndpoints
{
    public const int MaxItems = 1000;

    /// <summary>Polls answered PROCESSING before the batch completes: one, so a client must really poll.</summary>
    public const int PollsBeforeReady = 1;

    /// <summary>The code of a missing required attribute (the spec's example: 106, "Title is missing from product metadata").</summary>
    public const int MissingAttributeCode = 106;

    /// <summary>The code of an operation on an item that does (CREATE) or does not (UPDATE, DELETE) exist; the sandbox's choice.</summary>
    public const int ItemStateCode = 409;

    private static readonly string[] Operations = ["CREATE", "UPDATE", "UPSERT", "DELETE"];

    private static readonly Dictionary<string, string[]> RequiredAttributes = new(StringComparer.Ordinal)
    {
        [CatalogItemStore.Retail] = ["title", "link", "image_link"],
        [CatalogItemStore.Hotel] = ["name", "link"],
        [CatalogItemStore.CreativeAssets] = ["title", "link"],
    };

    public static void MapCatalogItemBatchEndpoints(this RouteGroupBuilder v5)
    {
        v5.MapPost("/catalogs/items/batch", SubmitAsync).CatalogItemOperation("items_batch/post", CatalogsWrite, ScopeRead, ScopeWrite);
        v5.MapGet("/catalogs/items/batch/{batchId}", GetAsync).CatalogItemOperation("items_batch/get", CatalogsRead, ScopeRead);
    }

    private static async Task<IResult> SubmitAsync(HttpRequest request, ApiContext api, CancellationToken cancellationToken)
    {
        var (ownerId, accessError) = await CatalogAccess.OwnerAsync(request, api, cancellationToken);
        if (accessError is not null)
        {
            return accessError;
        }

        if (await SandboxJson.ReadObjectAsync(request, cancellationToken) is not { } body)
        {
            return SandboxErrors.InvalidJson();
        }

        if (body["catalog_type"]?.GetValueKind() != JsonValueKind.String || !CatalogItemStore.Verticals.Contains(body["catalog_type"]!.GetValue<string>()))
        {
            return SandboxErrors.InvalidParameters($"catalog_type must be one of {string.Join(", ", CatalogItemStore.Verticals)} (the legacy retail-only batch is not emulated).");
        }

        if (body["country"] is not JsonValue || body["language"] is not JsonValue)
        {
            return SandboxErrors.InvalidParameters("country and language are required.");
        }

        if (body["items"] is not JsonArray { Count: >= 1 and <= MaxItems } operations)
        {
            return SandboxErrors.InvalidParameters($"items must hold 1–{MaxItems} item operations.");
        }

        var vertical = body["catalog_type"]!.GetValue<string>();
        var idField = CatalogItemStore.IdField(vertical);
        if (Shape(operations, idField) is { } shapeError)
        {
            return SandboxErrors.InvalidParameters(shapeError);
        }

        string? catalogId;
        try
        {
            catalogId = body.String("catalog_id");
        }
        catch (FormatException e)
        {
            return SandboxErrors.InvalidParameters(e.Message);
        }

        var (catalog, catalogError) = await CatalogItemStore.CatalogAsync(api, ownerId!, vertical, catalogId, cancellationToken);
        if (catalogError is not null)
        {
            return catalogError;
        }

        var ids = operations.Select(o => o![idField]!.GetValue<string>()).Distinct(StringComparer.Ordinal).ToList();
        var existing = await CatalogItemStore.Of(api, catalog!.Id, CatalogItemRecordKinds.Item)
            .Where(r => ids.Contains(r.Id))
            .ToDictionaryAsync(r => r.Id, StringComparer.Ordinal, cancellationToken);
        var records = new JsonArray();
        foreach (var operation in operations.Cast<JsonObject>())
        {
            records.Add(Apply(api, catalog, vertical, idField, operation, existing));
        }

        var batchId = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var batch = new JsonObject
        {
            ["batch_id"] = batchId,
            ["catalog_type"] = vertical,
            ["status"] = "COMPLETED",
            ["created_time"] = CatalogItemStore.Time(api.Now),
            ["completed_time"] = CatalogItemStore.Time(api.Now),
            ["items"] = records,
        };
        var entity = CatalogItemStore.Add(api, catalog, CatalogItemRecordKinds.Batch, batchId, batch);
        await api.Db.SaveChangesAsync(cancellationToken);
        return SandboxJson.Ok(Report(entity));
    }

    private static async Task<IResult> GetAsync(string batchId, HttpRequest request, ApiContext api, CancellationToken cancellationToken)
    {
        var (ownerId, accessError) = await CatalogAccess.OwnerAsync(request, api, cancellationToken);
        if (accessError is not null)
        {
            return accessError;
        }

        if (batchId.Length == 0 || !batchId.All(char.IsAsciiLetterOrDigit))
        {
            return SandboxErrors.InvalidParameters("batch_id must match ^[a-zA-Z0-9]+$.");
        }

        var batch = await CatalogItemStore.OwnedBy(api, ownerId!, CatalogItemRecordKinds.Batch).FirstOrDefaultAsync(r => r.Id == batchId, cancellationToken);
        if (batch is null)
        {
            return SandboxErrors.Error(StatusCodes.Status404NotFound, 4331, "Sorry! We could not find your batch ID.");
        }

        batch.Polls++;
        await api.Db.SaveChangesAsync(cancellationToken);
        return SandboxJson.Ok(Report(batch));
    }

    /// <summary>The batch as it stands: PROCESSING (no outcomes yet) until its polls pass <see cref="PollsBeforeReady"/>.</summary>
    private static JsonObject Report(CatalogItemRecordEntity batch)
    {
        var body = CatalogItemStore.Body(batch);
        if (batch.Polls > PollsBeforeReady)
        {
            return body;
        }

        body["status"] = "PROCESSING";
        body["completed_time"] = null;
        foreach (var record in body["items"]!.AsArray().Cast<JsonObject>())
        {
            record["status"] = "PROCESSING";
            record["errors"] = new JsonArray();
            record["warnings"] = new JsonArray();
        }

        return body;
    }

    /// <summary>What the spec requires of each operation; a break refuses the whole request.</summary>
    private static string? Shape(JsonArray operations, string idField)
    {
        for (var i = 0; i < operations.Count; i++)
        {
            if (operations[i] is not JsonObject item)
            {
                return $"items[{i}] must be an object.";
            }

            if (item["operation"]?.GetValueKind() != JsonValueKind.String || !Operations.Contains(item["operation"]!.GetValue<string>()))
            {
                return $"items[{i}].operation must be one of {string.Join(", ", Operations)}.";
            }

            if (item[idField]?.GetValueKind() != JsonValueKind.String || item[idField]!.GetValue<string>().Length == 0)
            {
                return $"items[{i}].{idField} is required.";
            }

            if (item["operation"]!.GetValue<string>() != "DELETE" && item["attributes"] is not JsonObject)
            {
                return $"items[{i}].attributes is required for {item["operation"]!.GetValue<string>()}.";
            }
        }

        return null;
    }

    private static JsonObject Apply(ApiContext api, CatalogEntity catalog, string vertical, string idField, JsonObject operation, Dictionary<string, CatalogItemRecordEntity> existing)
    {
        var id = operation[idField]!.GetValue<string>();
        var kind = operation["operation"]!.GetValue<string>();
        existing.TryGetValue(id, out var current);
        var errors = new JsonArray();
        switch (kind)
        {
            case "CREATE" when current is not null:
                errors.Add(Event(idField, ItemStateCode, "An item with this id already exists."));
                break;
            case "UPDATE" or "DELETE" when current is null:
                errors.Add(Event(idField, ItemStateCode, "No item with this id in the catalog."));
                break;
            case "DELETE":
                api.Db.CatalogItemRecords.Remove(current!);
                existing.Remove(id);
                break;
            default:
                var attributes = current is null ? new JsonObject() : CatalogItemStore.Body(current)["attributes"]?.DeepClone() as JsonObject ?? [];
                foreach (var (name, value) in operation["attributes"]!.AsObject())
                {
                    attributes[name] = value?.DeepClone();
                }

                if (kind == "UPDATE" && operation["update_mask"] is JsonArray mask)
                {
                    foreach (var name in mask.Select(m => m?.ToString()).Where(m => m is not null && !operation["attributes"]!.AsObject().ContainsKey(m)))
                    {
                        attributes.Remove(name!);
                    }
                }

                foreach (var missing in RequiredAttributes[vertical].Where(name => attributes[name] is null))
                {
                    errors.Add(Event(missing, MissingAttributeCode, $"{missing} is missing from product metadata."));
                }

                if (errors.Count > 0)
                {
                    break;
                }

                var item = new JsonObject { ["catalog_type"] = vertical, [idField] = id, ["attributes"] = attributes };
                if (current is null)
                {
                    existing[id] = CatalogItemStore.Add(api, catalog, CatalogItemRecordKinds.Item, id, item);
                }
                else
                {
                    CatalogItemStore.Save(current, item);
                }

                break;
        }

        return new JsonObject
        {
            [idField] = id,
            ["status"] = errors.Count == 0 ? "SUCCESS" : "FAILURE",
            ["errors"] = errors,
            ["warnings"] = new JsonArray(),
        };
    }

    private static JsonObject Event(string attribute, int code, string message) =>
        new() { ["attribute"] = attribute, ["code"] = code, ["message"] = message };
}
