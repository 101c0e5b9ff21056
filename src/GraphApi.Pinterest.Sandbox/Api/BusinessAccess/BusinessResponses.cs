using System.Text.Json.Nodes;
using GraphApi.Pinterest.Sandbox.Api.Shared;
using GraphApi.Pinterest.Sandbox.Data;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Pinterest.Sandbox.Api.BusinessAccess;

/// <summary>Pinterest's Business Access shapes, built as JSON (user summaries name users and businesses alike).</summary>
internal sealed class BusinessResponses
{
    private readonly Dictionary<string, string> _names;

    private BusinessResponses(Dictionary<string, string> names) => _names = names;

    /// <summary>Loads every user and business name once; the sandbox's world is a handful of rows.</summary>
    public static async Task<BusinessResponses> LoadAsync(ApiContext api, CancellationToken cancellationToken)
    {
        var names = await api.Db.Users.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Username, cancellationToken);
        foreach (var b in await api.Db.Businesses.AsNoTracking().ToListAsync(cancellationToken))
        {
            names[b.Id] = b.Username;
        }

        return new BusinessResponses(names);
    }

    public string? IdOfUsername(string username) =>
        _names.FirstOrDefault(n => string.Equals(n.Value, username, StringComparison.OrdinalIgnoreCase)).Key;

    public bool Knows(string id) => _names.ContainsKey(id);

    public JsonObject Summary(string id) => new()
    {
        ["id"] = id,
        ["username"] = _names.GetValueOrDefault(id),
        ["email"] = _names.TryGetValue(id, out var name) ? name + "@sandbox.example" : null,
    };

    public JsonObject Binding(BusinessRelationEntity r, string userId, IReadOnlyList<BusinessAccessEntity>? accesses, IReadOnlyDictionary<string, string>? assetTypes) => new()
    {
        ["id"] = r.BusinessId + r.HolderId[^6..],
        ["business_roles"] = new JsonArray(r.Role),
        ["user"] = Summary(userId),
        ["created_by_user"] = Summary(r.CreatedByUserId),
        ["created_by_business"] = Summary(r.BusinessId),
        ["created_time"] = new DateTimeOffset(r.CreatedAt).ToUnixTimeSeconds(),
        ["is_shared_partner"] = false,
        ["assets_summary"] = accesses is null ? null : AssetsSummary(accesses.Where(a => a.HolderId == r.HolderId), assetTypes!),
    };

    public static JsonObject AssetsSummary(IEnumerable<BusinessAccessEntity> accesses, IReadOnlyDictionary<string, string> assetTypes)
    {
        var list = accesses.ToList();
        return new JsonObject
        {
            ["ad_accounts"] = Ids(list.Where(a => assetTypes.GetValueOrDefault(a.AssetId) == "AD_ACCOUNT")),
            ["profiles"] = Ids(list.Where(a => assetTypes.GetValueOrDefault(a.AssetId) == "PROFILE")),
        };

        static JsonArray Ids(IEnumerable<BusinessAccessEntity> items) =>
            new([.. items.Select(a => (JsonNode)new JsonObject { ["id"] = a.AssetId, ["permissions"] = Permissions(a.Permissions) })]);
    }

    public static JsonArray Permissions(string commaSeparated) =>
        new([.. commaSeparated.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(p => (JsonNode)JsonValue.Create(p))]);

    public JsonObject Asset(BusinessAssetEntity a, string? permissions) => new()
    {
        ["asset_id"] = a.AssetId,
        ["asset_type"] = a.AssetType,
        ["permissions"] = permissions is null ? null : Permissions(permissions),
        ["asset_group_info"] = a.AssetType == "ASSET_GROUP" ? Group(a) : null,
    };

    public JsonObject Group(BusinessAssetEntity a) => new()
    {
        ["id"] = a.AssetId,
        ["asset_group_name"] = a.GroupName,
        ["asset_group_description"] = a.GroupDescription,
        ["asset_group_types"] = Permissions(a.GroupTypes ?? string.Empty),
        ["ad_accounts_ids"] = Permissions(a.GroupAssetIds ?? string.Empty),
        ["catalogs_ids"] = new JsonArray(),
        ["created_by"] = a.CreatedByUserId is null ? null : Summary(a.CreatedByUserId),
        ["created_time"] = new DateTimeOffset(a.CreatedAt).ToUnixTimeMilliseconds(),
    };

    public JsonObject Invite(BusinessInviteEntity i, string callerBusinessId) => new()
    {
        ["id"] = i.Id,
        ["invite_data"] = new JsonObject
        {
            ["invite_status"] = i.Status,
            ["invite_type"] = i.InviteType,
            ["invite_expiration"] = new DateTimeOffset(i.ExpiresAt).ToUnixTimeMilliseconds(),
            ["sent_at"] = new DateTimeOffset(i.CreatedAt).ToUnixTimeMilliseconds(),
            ["last_updated_time"] = new DateTimeOffset(i.UpdatedAt).ToUnixTimeMilliseconds(),
        },
        ["is_received_invite"] = i.BusinessId != callerBusinessId,
        ["user"] = Summary(i.RecipientId),
        ["business_roles"] = new JsonArray(i.Role),
        ["created_by_user"] = Summary(i.CreatedByUserId),
        ["created_by_business"] = Summary(i.BusinessId),
        ["created_time"] = new DateTimeOffset(i.CreatedAt).ToUnixTimeMilliseconds(),
    };

    public static JsonObject Refusal(int code, string message, string? inviteId, params string[] who) => new()
    {
        ["exception"] = new JsonObject
        {
            ["code"] = code,
            ["message"] = message,
            ["invite_or_request_id"] = inviteId,
            ["users_or_partner_ids"] = who.Length == 0 ? null : new JsonArray([.. who.Select(w => (JsonNode)JsonValue.Create(w))]),
        },
    };
}
