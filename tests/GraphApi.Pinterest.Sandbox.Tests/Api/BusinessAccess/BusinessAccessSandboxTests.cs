using System.Text.Json.Nodes;
using GraphApi.Pinterest.Sandbox.Tests.Contract;
using GraphApi.Pinterest.Sandbox.Tests.Infrastructure;

namespace GraphApi.Pinterest.Sandbox.Tests.Api.BusinessAccess;

/// <summary>Business Access refuses as Pinterest does: roles, scopes, other people's businesses and invites, bad input.</summary>
public sealed class BusinessAccessSandboxTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    private const string Base = "v5/businesses/" + BusinessContractCases.Business;

    [Theory]
    [InlineData(SandboxDemoUsers.Pinner, Base + "/members")] // an EMPLOYEE cannot see other members
    [InlineData(SandboxDemoUsers.Pinner, Base + "/assets")]
    [InlineData(SandboxDemoUsers.Pinner, Base + "/members/90000000000000002/assets")]
    [InlineData(SandboxDemoUsers.Curator, Base + "/partners")] // not a member at all
    [InlineData(SandboxDemoUsers.Business, "v5/businesses/" + BusinessContractCases.Agency + "/members")] // another business
    [InlineData(SandboxDemoUsers.Business, "v5/businesses/99199999999999999/invites")] // no such business: the same answer
    public async Task Reads_by_someone_without_the_admin_role_are_refused_with_code_29(string user, string url)
    {
        using var client = await fixture.Host.ClientForAsync(user, BusinessContractCases.Scopes);

        var result = await new ContractCall(client, "x").GetAsync(url);

        (result.Status, result.Body!.Code()).ShouldBe((403, 29));
    }

    [Fact]
    public async Task An_employee_sees_their_own_assets()
    {
        using var client = await fixture.Host.ClientForAsync(SandboxDemoUsers.Pinner, BusinessContractCases.Scopes);

        var result = await new ContractCall(client, "business_member_assets/get").GetAsync($"{Base}/members/{BusinessContractCases.Pinner}/assets");

        result.Status.ShouldBe(200);
        result.Body!["items"]!.AsArray().Select(i => i!["asset_id"]!.GetValue<string>()).ShouldBe([BusinessContractCases.AdAccount]);
    }

    [Fact]
    public async Task An_employee_cannot_write_and_a_token_without_biz_access_write_is_refused_with_code_3()
    {
        using var employee = await fixture.Host.ClientForAsync(SandboxDemoUsers.Pinner, BusinessContractCases.Scopes);
        using var readOnly = await fixture.Host.ClientForAsync(SandboxDemoUsers.Business, "biz_access:read");
        var body = new JsonArray(new JsonObject { ["member_id"] = BusinessContractCases.Pinner, ["business_role"] = "BIZ_ADMIN" });

        var promoted = await new ContractCall(employee, "update/business_memberships").SendAsync(HttpMethod.Patch, $"{Base}/members", body.DeepClone());
        var noScope = await new ContractCall(readOnly, "update/business_memberships").SendAsync(HttpMethod.Patch, $"{Base}/members", body.DeepClone());
        var groupNoScope = await new ContractCall(readOnly, "asset_group/delete").SendAsync(HttpMethod.Delete, $"{Base}/asset_groups",
            new JsonObject { ["asset_groups_to_delete"] = new JsonArray(BusinessContractCases.AssetGroup) });

        (promoted.Status, promoted.Body!.Code()).ShouldBe((403, 29));
        (noScope.Status, noScope.Body!.Code()).ShouldBe((403, 3));
        (groupNoScope.Status, groupNoScope.Body!.Code()).ShouldBe((403, 3));
    }

    [Fact]
    public async Task An_invite_answered_by_someone_it_was_not_sent_to_is_refused_per_item_and_stays_pending()
    {
        using var pinner = await fixture.Host.ClientForAsync(SandboxDemoUsers.Pinner, BusinessContractCases.Scopes);
        using var admin = await fixture.Host.ClientForAsync(SandboxDemoUsers.Business, BusinessContractCases.Scopes);

        var answer = await new ContractCall(pinner, "respond_business_access_invites").SendAsync(HttpMethod.Patch, "v5/businesses/invites", new JsonObject
        {
            ["invites"] = new JsonArray(new JsonObject { ["invite_id"] = BusinessContractCases.Invite, ["action"] = new JsonObject { ["accept_invite"] = true } }),
        });
        var pending = await new ContractCall(admin, "get/invites").GetAsync($"{Base}/invites?invite_status=PENDING");

        answer.Status.ShouldBe(200);
        answer.Body!["items"]![0]!["exception"]!["code"]!.GetValue<int>().ShouldBe(403);
        ResponseContractTests.AssertMatchesSchema(answer);
        pending.Body!["items"]!.AsArray().Select(i => i!["id"]!.GetValue<string>()).ShouldContain(BusinessContractCases.Invite);
    }

    [Theory]
    [InlineData(Base + "/members?business_roles=OWNER")]
    [InlineData(Base + "/assets?asset_type=BOARD")]
    [InlineData(Base + "/partners?partner_type=SIDEWAYS")]
    [InlineData(Base + "/invites?invite_status=ACCEPTED")]
    [InlineData(Base + "/members?member_ids=1,x")]
    public async Task Bad_enums_and_ids_are_refused_with_code_1(string url)
    {
        using var client = await fixture.Host.ClientForAsync(SandboxDemoUsers.Business, BusinessContractCases.Scopes);

        var result = await new ContractCall(client, "x").GetAsync(url);

        (result.Status, result.Body!.Code()).ShouldBe((400, 1));
    }

    [Fact]
    public async Task More_items_than_the_spec_allows_are_refused_and_nothing_changes()
    {
        using var client = await fixture.Host.ClientForAsync(SandboxDemoUsers.Business, BusinessContractCases.Scopes);
        var members = new JsonArray([.. Enumerable.Range(0, 51).Select(_ => (JsonNode)new JsonObject { ["member_id"] = BusinessContractCases.Pinner, ["business_role"] = "EMPLOYEE" })]);

        using var request = new HttpRequestMessage(HttpMethod.Delete, new Uri($"{Base}/members", UriKind.Relative))
        {
            Content = new StringContent(new JsonObject { ["members"] = members }.ToJsonString(), System.Text.Encoding.UTF8, "application/json"),
        };
        using var response = await client.SendAsync(request);
        var list = await new ContractCall(client, "get/business_members").GetAsync($"{Base}/members?member_ids={BusinessContractCases.Pinner}");

        ((int)response.StatusCode).ShouldBe(400);
        list.Body!["items"]!.AsArray().Count.ShouldBe(1);
    }

    [Fact]
    public async Task Partner_access_is_written_by_admins_only_and_unknown_partners_are_left_out()
    {
        using var employee = await fixture.Host.ClientForAsync(SandboxDemoUsers.Pinner, BusinessContractCases.Scopes);
        using var admin = await fixture.Host.ClientForAsync(SandboxDemoUsers.Business, BusinessContractCases.Scopes);
        JsonObject Body(params string[] permissions) => new()
        {
            ["accesses"] = new JsonArray(
                new JsonObject { ["asset_id"] = BusinessContractCases.AdAccount, ["partner_id"] = BusinessContractCases.Agency, ["permissions"] = new JsonArray([.. permissions.Select(p => (JsonNode)p)]) },
                new JsonObject { ["asset_id"] = BusinessContractCases.AdAccount, ["partner_id"] = "99199999999999999", ["permissions"] = new JsonArray("ADMIN") }),
        };

        var refused = await new ContractCall(employee, "update_partner_asset_access_handler_impl").SendAsync(HttpMethod.Patch, $"{Base}/partners/assets", Body("ADMIN"));
        var written = await new ContractCall(admin, "update_partner_asset_access_handler_impl").SendAsync(HttpMethod.Patch, $"{Base}/partners/assets", Body("ANALYST"));
        var read = await new ContractCall(admin, "business_partner_asset_access/get").GetAsync($"{Base}/partners/{BusinessContractCases.Agency}/assets");
        await new ContractCall(admin, "update_partner_asset_access_handler_impl").SendAsync(HttpMethod.Patch, $"{Base}/partners/assets", Body("CAMPAIGN_MANAGER"));

        (refused.Status, refused.Body!.Code()).ShouldBe((403, 29));
        written.Body!["items"]!.AsArray().Select(i => i!["partner_id"]!.GetValue<string>()).ShouldBe([BusinessContractCases.Agency]);
        read.Body!["items"]!.AsArray().ShouldHaveSingleItem()!["permissions"]!.AsArray().Select(p => p!.GetValue<string>()).ShouldBe(["ANALYST"]);
    }
}
