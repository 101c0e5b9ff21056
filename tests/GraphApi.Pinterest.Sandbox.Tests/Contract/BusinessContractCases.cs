using System.Text.Json.Nodes;
using GraphApi.Pinterest.Sandbox.Tests.Infrastructure;

namespace GraphApi.Pinterest.Sandbox.Tests.Contract;

/// <summary>
/// One successful call per Business Access operation, as demo.business (BIZ_ADMIN of the seeded business) after a
/// reset to the seed; answering an invite is done as demo.curator, its recipient. Kept apart from
/// <see cref="ContractCases"/> because those run as demo.pinner, an EMPLOYEE here.
/// </summary>
internal static class BusinessContractCases
{
    public const string Business = "99100000000000001";
    public const string Agency = "99100000000000002";
    public const string AdAccount = "94000000000000001";
    public const string Pinner = "90000000000000001";
    public const string Curator = "90000000000000003";
    public const string Invite = "99200000000000001";
    public const string AssetGroup = "99200000000000101";
    private const string Base = "v5/businesses/" + Business;

    public static readonly string[] Scopes = ["user_accounts:read", "ads:read", "biz_access:read", "biz_access:write"];

    public static readonly Dictionary<string, Func<ContractCall, SandboxHost, Task<ContractResult>>> All = new(StringComparer.Ordinal)
    {
        ["get/business_employers"] = (c, _) => c.GetAsync("v5/businesses/employers"),
        ["get/business_members"] = (c, _) => c.GetAsync($"{Base}/members?business_roles=EMPLOYEE&business_roles=BIZ_ADMIN&member_ids={Pinner}&assets_summary=true"),
        ["update/business_memberships"] = (c, _) => c.SendAsync(HttpMethod.Patch, $"{Base}/members", new JsonArray(new JsonObject { ["member_id"] = Pinner, ["business_role"] = "BIZ_ADMIN" })),
        ["delete_business_membership"] = (c, _) => c.SendAsync(HttpMethod.Delete, $"{Base}/members", new JsonObject
        {
            ["members"] = new JsonArray(new JsonObject { ["member_id"] = Pinner, ["business_role"] = "EMPLOYEE" }),
        }),
        ["get/business_partners"] = (c, _) => c.GetAsync($"{Base}/partners?partner_type=INTERNAL&partner_ids={Agency}&assets_summary=true"),
        ["delete_business_partners"] = (c, _) => c.SendAsync(HttpMethod.Delete, $"{Base}/partners", new JsonObject { ["partner_ids"] = new JsonArray(Agency), ["partner_type"] = "INTERNAL" }),
        ["business_assets/get"] = (c, _) => c.GetAsync($"{Base}/assets?asset_type=ASSET_GROUP&child_asset_id={AdAccount}"),
        ["business_asset_members/get"] = (c, _) => c.GetAsync($"{Base}/assets/{AdAccount}/members"),
        ["business_asset_partners/get"] = (c, _) => c.GetAsync($"{Base}/assets/{AdAccount}/partners"),
        ["business_member_assets/get"] = (c, _) => c.GetAsync($"{Base}/members/{Pinner}/assets?asset_type=AD_ACCOUNT"),
        ["business_partner_asset_access/get"] = (c, _) => c.GetAsync($"{Base}/partners/{Agency}/assets?partner_type=INTERNAL"),
        ["business_members_asset_access/update"] = (c, _) => c.SendAsync(HttpMethod.Patch, $"{Base}/members/assets/access", new JsonObject
        {
            ["accesses"] = new JsonArray(new JsonObject { ["asset_id"] = AdAccount, ["member_id"] = Pinner, ["permissions"] = new JsonArray("ANALYST", "CAMPAIGN_MANAGER") }),
        }),
        ["business_members_asset_access/delete"] = (c, _) => c.SendAsync(HttpMethod.Delete, $"{Base}/members/assets/access", new JsonObject
        {
            ["accesses"] = new JsonArray(new JsonObject { ["asset_id"] = AdAccount, ["member_id"] = Pinner }),
        }),
        ["update_partner_asset_access_handler_impl"] = (c, _) => c.SendAsync(HttpMethod.Patch, $"{Base}/partners/assets", new JsonObject
        {
            ["accesses"] = new JsonArray(new JsonObject { ["asset_id"] = AdAccount, ["partner_id"] = Agency, ["permissions"] = new JsonArray("ANALYST", "AUDIENCE_MANAGER") }),
        }),
        ["delete_partner_asset_access_handler_impl"] = (c, _) => c.SendAsync(HttpMethod.Delete, $"{Base}/partners/assets", new JsonObject
        {
            ["accesses"] = new JsonArray(new JsonObject { ["asset_id"] = AdAccount, ["partner_id"] = Agency, ["partner_type"] = "INTERNAL" }),
        }),
        ["get/invites"] = (c, _) => c.GetAsync($"{Base}/invites?is_member=true&invite_status=PENDING&invite_type=MEMBER_INVITE"),
        ["create_membership_or_partnership_invites"] = (c, _) => c.SendAsync(HttpMethod.Post, $"{Base}/invites", new JsonObject
        {
            ["business_role"] = "EMPLOYEE",
            ["invite_type"] = "MEMBER_INVITE",
            ["members"] = new JsonArray("nobody.here", SandboxDemoUsers.Curator + "@sandbox.example"),
        }),
        ["cancel_invites_or_requests"] = (c, _) => c.SendAsync(HttpMethod.Delete, $"{Base}/invites", new JsonObject { ["invite_ids"] = new JsonArray(Invite) }),
        ["respond_business_access_invites"] = async (_, host) =>
        {
            using var curator = await host.ClientForAsync(SandboxDemoUsers.Curator, Scopes);
            var call = new ContractCall(curator, "respond_business_access_invites");
            var answer = await call.SendAsync(HttpMethod.Patch, "v5/businesses/invites", new JsonObject
            {
                ["invites"] = new JsonArray(new JsonObject { ["invite_id"] = Invite, ["action"] = new JsonObject { ["accept_invite"] = true } }),
            });
            answer.Body!["items"]![0]!["invite"]!["invite_data"]!["invite_status"]!.GetValue<string>().ShouldBe("ACCEPTED");
            return answer;
        },
        ["asset_group/create"] = (c, _) => c.SendAsync(HttpMethod.Post, $"{Base}/asset_groups", new JsonObject
        {
            ["asset_group_name"] = "Canada",
            ["asset_group_description"] = "Ad accounts used in Canada",
            ["asset_group_types"] = new JsonArray("LOCATION_OR_LANGUAGE"),
        }),
        ["asset_group/update"] = (c, _) => c.SendAsync(HttpMethod.Patch, $"{Base}/asset_groups", new JsonObject
        {
            ["asset_groups_to_update"] = new JsonArray(new JsonObject { ["asset_group_id"] = AssetGroup, ["name"] = "Renamed", ["assets_to_remove"] = new JsonArray(AdAccount) }),
        }),
        ["asset_group/delete"] = (c, _) => c.SendAsync(HttpMethod.Delete, $"{Base}/asset_groups", new JsonObject { ["asset_groups_to_delete"] = new JsonArray(AssetGroup) }),
    };
}
