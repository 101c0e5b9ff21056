using System.Text.Json.Nodes;
using GraphApi.Pinterest.Sandbox.Api.Ads;
using GraphApi.Pinterest.Sandbox.Api.Shared;
using GraphApi.Pinterest.Sandbox.Data;
using GraphApi.Pinterest.Sandbox.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using static GraphApi.Pinterest.Sandbox.Api.AdResources.AdResourceRoutes;

namespace GraphApi.Pinterest.Sandbox.Api.AdResources;

/// <summary>
/// /v5/ad_accounts/{id}/customer_lists. The records (emails, device ids) are counted and dropped: the emulator stores
/// and answers counts only, as Pinterest does, and never writes a record to its database or log.
/// </summary>
internal static class CustomerListEndpoints
{
    /// <summary>Lists of fewer matched records cannot be targeted (Pinterest's 100-person floor).</summary>
    public const int ReadyThreshold = 100;
    private static readonly string[] ListTypes = ["EMAIL", "IDFA", "MAID", "LR_ID", "DLX_ID", "HASHED_PINNER_ID"];

    public static void MapCustomerLists(this RouteGroupBuilder v5)
    {
        v5.MapGet("/ad_accounts/{adAccountId}/customer_lists", ListAsync).AdResourceOperation("customer_lists/list", AdsRead, SandboxScopes.AdsRead);
        v5.MapPost("/ad_accounts/{adAccountId}/customer_lists", CreateAsync).AdResourceOperation("customer_lists/create", AdsWrite, SandboxScopes.AdsWrite);
        v5.MapGet("/ad_accounts/{adAccountId}/customer_lists/{customerListId}", GetAsync).AdResourceOperation("customer_lists/get", AdsRead, SandboxScopes.AdsRead);
        v5.MapPatch("/ad_accounts/{adAccountId}/customer_lists/{customerListId}", UpdateAsync).AdResourceOperation("customer_lists/update", AdsWrite, SandboxScopes.AdsWrite);
    }

    private static async Task<IResult> ListAsync(string adAccountId, HttpRequest request, ApiContext api, CancellationToken cancellationToken)
    {
        if ((await AdAccountAccess.OwnedAsync(api, adAccountId, cancellationToken)).Error is { } error)
        {
            return error;
        }

        var order = request.Query["order"].ToString();
        if (order is not ("" or "ASCENDING" or "DESCENDING"))
        {
            return SandboxErrors.InvalidParameters("order must be ASCENDING or DESCENDING.");
        }

        return await AdResourceStore.PageAsync(request, AdResourceStore.Of(api, adAccountId, AdResourceKinds.CustomerList), cancellationToken, order == "DESCENDING");
    }

    private static async Task<IResult> GetAsync(string adAccountId, string customerListId, ApiContext api, CancellationToken cancellationToken)
    {
        if ((await AdAccountAccess.OwnedAsync(api, adAccountId, cancellationToken)).Error is { } error)
        {
            return error;
        }

        var list = await AdResourceStore.FindAsync(api, adAccountId, AdResourceKinds.CustomerList, customerListId, cancellationToken);
        return list is null ? AdResourceStore.NotFound("Customer list") : SandboxJson.Ok(AdResourceStore.Body(list));
    }

    private static async Task<IResult> CreateAsync(string adAccountId, HttpRequest request, ApiContext api, CancellationToken cancellationToken)
    {
        if ((await AdAccountAccess.OwnedAsync(api, adAccountId, cancellationToken)).Error is { } error)
        {
            return error;
        }

        if (await SandboxJson.ReadObjectAsync(request, cancellationToken) is not { } body)
        {
            return SandboxErrors.InvalidJson();
        }

        string? name, records, listType;
        try
        {
            (name, records, listType) = (body.String("name"), body.String("records"), body.String("list_type") ?? "EMAIL");
        }
        catch (FormatException e)
        {
            return SandboxErrors.InvalidParameters(e.Message);
        }

        if (string.IsNullOrWhiteSpace(name) || name.Length > 255)
        {
            return SandboxErrors.InvalidParameters("name is required and must be 1 to 255 characters.");
        }

        if (!ListTypes.Contains(listType, StringComparer.Ordinal))
        {
            return SandboxErrors.InvalidParameters($"list_type must be one of {string.Join(", ", ListTypes)}.");
        }

        var count = Count(records);
        if (count == 0)
        {
            return SandboxErrors.InvalidParameters("records must hold at least one record.");
        }

        var id = SandboxIds.NewId();
        var list = New(id, adAccountId, name, count, api.Now);
        AdResourceStore.Add(api, adAccountId, AdResourceKinds.CustomerList, id, list);
        await api.Db.SaveChangesAsync(cancellationToken);
        return SandboxJson.Ok(list);
    }

    private static async Task<IResult> UpdateAsync(string adAccountId, string customerListId, HttpRequest request, ApiContext api, CancellationToken cancellationToken)
    {
        if ((await AdAccountAccess.OwnedAsync(api, adAccountId, cancellationToken)).Error is { } error)
        {
            return error;
        }

        var entity = await AdResourceStore.FindAsync(api, adAccountId, AdResourceKinds.CustomerList, customerListId, cancellationToken);
        if (entity is null)
        {
            return AdResourceStore.NotFound("Customer list");
        }

        if (await SandboxJson.ReadObjectAsync(request, cancellationToken) is not { } body)
        {
            return SandboxErrors.InvalidJson();
        }

        string? operation, records;
        try
        {
            (operation, records) = (body.String("operation_type"), body.String("records"));
        }
        catch (FormatException e)
        {
            return SandboxErrors.InvalidParameters(e.Message);
        }

        if (operation is not ("ADD" or "REMOVE"))
        {
            return SandboxErrors.InvalidParameters("operation_type is required and must be ADD or REMOVE.");
        }

        var count = Count(records);
        if (count == 0)
        {
            return SandboxErrors.InvalidParameters("records must hold at least one record.");
        }

        var list = AdResourceStore.Body(entity);
        var uploaded = list["num_uploaded_user_records"]!.GetValue<long>();
        var removed = list["num_removed_user_records"]!.GetValue<long>();
        (uploaded, removed) = operation == "ADD" ? (uploaded + count, removed) : (uploaded, removed + count);
        list["num_uploaded_user_records"] = uploaded;
        list["num_removed_user_records"] = removed;
        list["num_batches"] = list["num_batches"]!.GetValue<long>() + 1;
        list["status"] = uploaded - removed >= ReadyThreshold ? "READY" : "TOO_SMALL";
        list["updated_time"] = AdResourceStore.UnixSeconds(api.Now);
        AdResourceStore.Save(entity, list);
        await api.Db.SaveChangesAsync(cancellationToken);
        return SandboxJson.Ok(list);
    }

    /// <summary>Non-empty comma-separated values; the values themselves are not kept.</summary>
    private static long Count(string? records) =>
        string.IsNullOrEmpty(records) ? 0 : records.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LongLength;

    public static JsonObject New(string id, string adAccountId, string name, long uploaded, DateTime created) => new()
    {
        ["id"] = id,
        ["ad_account_id"] = adAccountId,
        ["name"] = name,
        ["type"] = "customerlist",
        ["status"] = uploaded >= ReadyThreshold ? "READY" : "TOO_SMALL",
        ["num_batches"] = 1L,
        ["num_uploaded_user_records"] = uploaded,
        ["num_removed_user_records"] = 0L,
        ["created_time"] = AdResourceStore.UnixSeconds(created),
        ["updated_time"] = AdResourceStore.UnixSeconds(created),
        ["exceptions"] = new JsonObject(),
    };
}
