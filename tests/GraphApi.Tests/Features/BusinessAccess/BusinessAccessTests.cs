using System.Text.Json;
using GraphApi.Pinterest.Sandbox;
using GraphApi.Tests.Execution.Cost;
using GraphApi.Tests.Infrastructure;

namespace GraphApi.Tests.Features.BusinessAccess;

/// <summary>
/// Business Access reads against the sandbox's seeded business: calls counted and compared with the estimate, and the
/// refusals that must cost nothing (aliases, bad enums, missing scopes) or come from Pinterest (an employee's view).
/// </summary>
public sealed class BusinessAccessTests(PinterestSandboxFixture fixture) : IClassFixture<PinterestSandboxFixture>
{
    private const string BusinessId = BusinessRelayTests.BusinessId;

    internal const string Overview = """
        query Overview($id: ID!) {
          business(id: $id) {
            username myRoles
            members(first: 10) { nodes { user { username } roles adAccountAccess { assetId permissions } } }
            partners(first: 10) { nodes { user { username } roles } }
            assets(first: 10) { nodes { assetId assetType adAccount { id } members(first: 10) { nodes { user { username } permissions } } } }
          }
        }
        """;

    [Fact]
    public async Task A_business_overview_costs_five_calls_and_the_estimate_covers_them()
    {
        var answer = await CostClient.QueryAsync(fixture, SandboxDemoUsers.Business, Overview, new { id = BusinessId });

        answer.Body.ShouldHaveNoErrors();
        answer.Body.At("data.business.members.nodes").GetArrayLength().ShouldBe(2);
        answer.Body.At("data.business.partners.nodes")[0].At("user.username").GetString().ShouldBe("demo.agency");
        var asset = answer.Body.At("data.business.assets.nodes")[0];
        asset.GetProperty("assetId").GetString().ShouldBe("94000000000000001");
        asset.At("members.nodes").GetArrayLength().ShouldBe(2);
        // employers (business(id)) + members + partners + assets + one asset's members; the member list's assets
        // summary and the ad account handle (id only) cost nothing more.
        answer.UpstreamCalls.ShouldBe(5, answer.CallsByOperation);
        answer.CallsByOperation.ShouldContain("business_asset_members/get=1");
        answer.EstimatedCalls.ShouldBe(1 + 1 + 1 + 1 + 10);
        answer.EstimatedCalls.ShouldBeGreaterThanOrEqualTo((int)answer.UpstreamCalls);
    }

    [Fact]
    public async Task Members_by_id_are_fetched_through_the_member_ids_filter_in_one_call()
    {
        var answer = await CostClient.QueryAsync(fixture, SandboxDemoUsers.Business, $$"""
            { business(id: "{{BusinessId}}") {
                a: member(id: "90000000000000001") { roles } b: member(id: "90000000000000002") { roles }
                c: member(id: "90000000000000003") { roles } d: member(id: "90000000000000001") { roles } } }
            """);

        answer.Body.ShouldHaveNoErrors();
        answer.Body.At("data.business.a.roles")[0].GetString().ShouldBe("EMPLOYEE");
        answer.Body.At("data.business.b.roles")[0].GetString().ShouldBe("BIZ_ADMIN");
        answer.Body.At("data.business.c").ValueKind.ShouldBe(JsonValueKind.Null, "demo.curator is not a member");
        answer.CallsByOperation.ShouldContain("get/business_members=1");
        answer.UpstreamCalls.ShouldBe(2, answer.CallsByOperation);
        answer.EstimatedCalls.ShouldBeGreaterThanOrEqualTo((int)answer.UpstreamCalls);
    }

    [Fact]
    public async Task A_thousand_aliases_of_the_members_list_are_refused_before_any_call()
    {
        var aliases = string.Join(' ', Enumerable.Range(0, 1000).Select(i => $"m{i}: members(first: 250) {{ nodes {{ roles }} }}"));

        var answer = await CostClient.QueryAsync(fixture, SandboxDemoUsers.Business, $$"""{ business(id: "{{BusinessId}}") { {{aliases}} } }""");

        // Refused by the document's size or, past it, by its cost: either way before Pinterest hears of it.
        answer.Codes.ShouldHaveSingleItem().ShouldBeOneOf("DOCUMENT_TOO_LARGE", "COST_LIMIT_EXCEEDED");
        answer.UpstreamCalls.ShouldBe(0);
    }

    [Fact]
    public async Task A_bad_enum_and_too_many_member_ids_are_refused_before_any_call()
    {
        var badEnum = await CostClient.QueryAsync(fixture, SandboxDemoUsers.Business, $$"""{ business(id: "{{BusinessId}}") { assets(assetType: BOARD) { nodes { assetId } } } }""");
        var ids = string.Join(',', Enumerable.Range(0, 24).Select(i => $"\"9000000000000{i:D4}\""));
        var tooMany = await CostClient.QueryAsync(fixture, SandboxDemoUsers.Business, $$"""{ business(id: "{{BusinessId}}") { members(memberIds: [{{ids}}]) { nodes { roles } } } }""");

        badEnum.Codes.ShouldNotBeEmpty();
        (badEnum.Body.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object).ShouldBeFalse();
        badEnum.UpstreamCalls.ShouldBe(0);
        tooMany.Codes.ShouldContain("INVALID_ARGUMENT");
        tooMany.CallsByOperation.ShouldNotContain("get/business_members");
    }

    [Fact]
    public async Task An_employee_gets_pinterests_refusal_for_the_members_list()
    {
        var body = await fixture.QueryAsync(SandboxDemoUsers.Pinner, $$"""
            { business(id: "{{BusinessId}}") { myRoles members { nodes { roles } } member(id: "{{BusinessRelayTests.PinnerId}}") { roles } } }
            """);

        body.At("data.business.myRoles")[0].GetString().ShouldBe("EMPLOYEE");
        body.At("data.business.members").ValueKind.ShouldBe(JsonValueKind.Null);
        body.GetProperty("errors").EnumerateArray().Select(e => e.At("extensions.code").GetString()).ShouldContain("PINTEREST_NOT_PERMITTED");
    }

    [Fact]
    public async Task Without_biz_access_read_the_fields_are_refused_and_nothing_is_called()
    {
        fixture.Counters.Reset();

        var body = await fixture.QueryWithTokenScopeAsync(SandboxDemoUsers.Business, "user_accounts:read boards:read", $$"""{ business(id: "{{BusinessId}}") { members { nodes { roles } } } }""");

        body.ToString().ShouldContain("INSUFFICIENT_SCOPE");
        fixture.Counters.CountOf("get/business_employers").ShouldBe(0);
        fixture.Counters.CountOf("get/business_members").ShouldBe(0);
    }

    [Fact]
    public async Task Linked_businesses_and_businesses_hang_on_the_user()
    {
        var body = await fixture.QueryAsync(SandboxDemoUsers.Business, "{ me { linkedBusinesses { username } businesses { nodes { pinterestId username myRoles } } } }");

        body.ShouldHaveNoErrors();
        var business = body.At("data.me.businesses.nodes")[0];
        business.GetProperty("pinterestId").GetString().ShouldBe(BusinessId);
        business.GetProperty("myRoles")[0].GetString().ShouldBe("BIZ_ADMIN");
    }
}
