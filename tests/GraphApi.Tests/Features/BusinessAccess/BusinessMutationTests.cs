using System.Text.Json;
using GraphApi.Pinterest.Sandbox;
using GraphApi.Tests.Execution.Cost;
using GraphApi.Tests.Infrastructure;

namespace GraphApi.Tests.Features.BusinessAccess;

/// <summary>Business Access writes on a sandbox of their own: per-item results, limits refused with no call, keyed creates, invites.</summary>
public sealed class BusinessMutationTests(PinterestSandboxFixture fixture) : IClassFixture<PinterestSandboxFixture>
{
    private const string BusinessId = BusinessRelayTests.BusinessId;
    private const string CuratorId = "90000000000000003";
    private const string SeededInvite = "99200000000000001";
    private const string Payload = "written { memberId assetId role permissions } removedIds invites { pinterestId status recipient { username } } assetGroup { pinterestId name types } refused { id pinterestCode message who } replayed errors { __typename ... on UserError { code message } }";

    private Task<JsonElement> MutateAsync(string user, string field, string input) =>
        fixture.QueryAsync(user, $"mutation {{ r: {field}(input: {input}) {{ {Payload} }} }}");

    [Fact]
    public async Task Roles_and_asset_access_are_written_and_read_back()
    {
        var promoted = await MutateAsync(SandboxDemoUsers.Business, "updateBusinessMemberRoles", $$"""{ businessId: "{{BusinessId}}", members: [{ memberId: "{{BusinessRelayTests.PinnerId}}", role: BIZ_ADMIN }, { memberId: "123", role: EMPLOYEE }] }""");
        var access = await MutateAsync(SandboxDemoUsers.Business, "setBusinessMemberAssetAccess", $$"""{ businessId: "{{BusinessId}}", accesses: [{ assetId: "94000000000000001", memberId: "{{BusinessRelayTests.PinnerId}}", permissions: [ANALYST, CAMPAIGN_MANAGER] }] }""");
        var read = await fixture.QueryAsync(SandboxDemoUsers.Business, $$"""{ business(id: "{{BusinessId}}") { member(id: "{{BusinessRelayTests.PinnerId}}") { roles adAccountAccess { permissions } } } }""");
        await MutateAsync(SandboxDemoUsers.Business, "updateBusinessMemberRoles", $$"""{ businessId: "{{BusinessId}}", members: [{ memberId: "{{BusinessRelayTests.PinnerId}}", role: EMPLOYEE }] }""");

        promoted.At("data.r.written")[0].GetProperty("role").GetString().ShouldBe("BIZ_ADMIN");
        promoted.At("data.r.refused")[0].GetProperty("id").GetString().ShouldBe("123", "Pinterest leaves an unknown member out: reported per item");
        access.At("data.r.written")[0].GetProperty("permissions").EnumerateArray().Select(p => p.GetString()).ShouldBe(["ANALYST", "CAMPAIGN_MANAGER"]);
        read.At("data.business.member.roles")[0].GetString().ShouldBe("BIZ_ADMIN");
        read.At("data.business.member.adAccountAccess")[0].GetProperty("permissions").GetArrayLength().ShouldBe(2);
    }

    [Fact]
    public async Task More_items_than_pinterest_takes_are_refused_with_no_call()
    {
        var members = string.Join(',', Enumerable.Range(0, 51).Select(i => $"{{ memberId: \"{i + 1}\", role: EMPLOYEE }}"));
        var invites = string.Join(',', Enumerable.Range(0, 101).Select(i => $"{{ inviteId: \"{i + 1}\", accept: true }}"));

        var removed = await CostClient.QueryAsync(fixture, SandboxDemoUsers.Business, $$"""mutation { r: removeBusinessMembers(input: { businessId: "{{BusinessId}}", members: [{{members}}] }) { {{Payload}} } }""");
        var answered = await CostClient.QueryAsync(fixture, SandboxDemoUsers.Business, $$"""mutation { r: respondToBusinessInvites(input: { answers: [{{invites}}] }) { {{Payload}} } }""");

        removed.Body.At("data.r.errors")[0].GetProperty("code").GetString().ShouldBe("VALIDATION_FAILED");
        removed.UpstreamCalls.ShouldBe(0);
        answered.Body.At("data.r.errors")[0].GetProperty("message").GetString()!.ShouldContain("1–100");
        answered.UpstreamCalls.ShouldBe(0);
    }

    [Fact]
    public async Task An_invite_answered_by_someone_it_was_not_sent_to_is_refused_and_its_recipient_can_accept_it()
    {
        var stranger = await MutateAsync(SandboxDemoUsers.Pinner, "respondToBusinessInvites", $$"""{ answers: [{ inviteId: "{{SeededInvite}}", accept: true }] }""");
        var recipient = await MutateAsync(SandboxDemoUsers.Curator, "respondToBusinessInvites", $$"""{ answers: [{ inviteId: "{{SeededInvite}}", accept: true }] }""");
        var member = await fixture.QueryAsync(SandboxDemoUsers.Business, $$"""{ business(id: "{{BusinessId}}") { member(id: "{{CuratorId}}") { roles } } }""");
        var removed = await MutateAsync(SandboxDemoUsers.Business, "removeBusinessMembers", $$"""{ businessId: "{{BusinessId}}", members: [{ memberId: "{{CuratorId}}", role: EMPLOYEE }] }""");
        var again = await MutateAsync(SandboxDemoUsers.Business, "createBusinessInvites", $$"""{ businessId: "{{BusinessId}}", inviteType: MEMBER_INVITE, role: "EMPLOYEE", members: ["demo.curator", "nobody.here"] }""");

        stranger.At("data.r.invites").GetArrayLength().ShouldBe(0);
        stranger.At("data.r.refused")[0].GetProperty("pinterestCode").GetInt32().ShouldBe(403);
        recipient.At("data.r.invites")[0].GetProperty("status").GetString().ShouldBe("ACCEPTED");
        member.At("data.business.member.roles")[0].GetString().ShouldBe("EMPLOYEE");
        removed.At("data.r.removedIds")[0].GetString().ShouldBe(CuratorId);
        again.At("data.r.invites")[0].At("recipient.username").GetString().ShouldBe("demo.curator");
        again.At("data.r.refused")[0].GetProperty("who")[0].GetString().ShouldBe("nobody.here");
    }

    [Fact]
    public async Task An_asset_group_created_twice_with_one_key_is_created_once_and_can_be_deleted()
    {
        const string Input = $$"""{ businessId: "{{BusinessId}}", name: "Canada", description: "Ad accounts used in Canada", types: [LOCATION_OR_LANGUAGE], idempotencyKey: "group-1" }""";

        var first = await MutateAsync(SandboxDemoUsers.Business, "createAssetGroup", Input);
        var retry = await MutateAsync(SandboxDemoUsers.Business, "createAssetGroup", Input);
        var id = first.At("data.r.assetGroup.pinterestId").GetString()!;
        var deleted = await MutateAsync(SandboxDemoUsers.Business, "deleteAssetGroups", $$"""{ businessId: "{{BusinessId}}", assetGroupIds: ["{{id}}", "99200000000000999"] }""");

        first.At("data.r.replayed").GetBoolean().ShouldBeFalse();
        retry.At("data.r.replayed").GetBoolean().ShouldBeTrue();
        retry.At("data.r.assetGroup.pinterestId").GetString().ShouldBe(id);
        retry.At("data.r.assetGroup.name").GetString().ShouldBe("Canada");
        deleted.At("data.r.removedIds").EnumerateArray().Select(e => e.GetString()).ShouldBe([id]);
        deleted.At("data.r.refused")[0].GetProperty("id").GetString().ShouldBe("99200000000000999");
    }

    [Fact]
    public async Task Another_users_business_and_a_missing_scope_are_refused()
    {
        fixture.Counters.Reset();
        var denied = await fixture.QueryWithTokenScopeAsync(SandboxDemoUsers.Business, "biz_access:read user_accounts:read",
            $$"""mutation { r: deleteAssetGroups(input: { businessId: "{{BusinessId}}", assetGroupIds: ["99200000000000101"] }) { errors { __typename ... on UserError { code } } } }""");
        fixture.Counters.CountOf("asset_group/delete").ShouldBe(0);

        var foreign = await MutateAsync(SandboxDemoUsers.Business, "removeBusinessPartners", $$"""{ businessId: "{{BusinessRelayTests.AgencyId}}", partnerIds: ["{{BusinessId}}"] }""");
        var employee = await MutateAsync(SandboxDemoUsers.Pinner, "updateBusinessMemberRoles", $$"""{ businessId: "{{BusinessId}}", members: [{ memberId: "{{BusinessRelayTests.PinnerId}}", role: BIZ_ADMIN }] }""");

        denied.At("data.r.errors")[0].GetProperty("code").GetString().ShouldBe("INSUFFICIENT_SCOPE");
        foreign.At("data.r.errors")[0].GetProperty("code").GetString().ShouldBe("PINTEREST_NOT_PERMITTED");
        employee.At("data.r.errors")[0].GetProperty("code").GetString().ShouldBe("PINTEREST_NOT_PERMITTED");
    }

    [Fact]
    public async Task Partner_asset_access_is_set_and_removed_per_item_and_unknown_partners_are_refused()
    {
        const string Fields = "written { partnerId assetId permissions } refused { id } errors { __typename ... on UserError { code message } }";
        var agency = BusinessRelayTests.AgencyId;
        Task<JsonElement> Write(string user, string field, string accesses) =>
            fixture.QueryAsync(user, $$"""mutation { r: {{field}}(input: { businessId: "{{BusinessId}}", accesses: [{{accesses}}] }) { {{Fields}} } }""");

        var set = await Write(SandboxDemoUsers.Business, "setBusinessPartnerAssetAccess",
            $$"""{ assetId: "94000000000000001", partnerId: "{{agency}}", permissions: [ANALYST] }, { assetId: "94000000000000001", partnerId: "99199999999999999", permissions: [ADMIN] }""");
        var read = await fixture.QueryAsync(SandboxDemoUsers.Business, $$"""{ business(id: "{{BusinessId}}") { partner(id: "{{agency}}") { assets(first: 5) { nodes { permissions } } } } }""");
        var employee = await Write(SandboxDemoUsers.Pinner, "removeBusinessPartnerAssetAccess", $$"""{ assetId: "94000000000000001", partnerId: "{{agency}}" }""");
        var removed = await Write(SandboxDemoUsers.Business, "removeBusinessPartnerAssetAccess", $$"""{ assetId: "94000000000000001", partnerId: "{{agency}}", partnerType: INTERNAL }""");
        var after = await fixture.QueryAsync(SandboxDemoUsers.Business, $$"""{ business(id: "{{BusinessId}}") { partner(id: "{{agency}}") { assets(first: 5) { nodes { permissions } } } } }""");
        await Write(SandboxDemoUsers.Business, "setBusinessPartnerAssetAccess", $$"""{ assetId: "94000000000000001", partnerId: "{{agency}}", permissions: [CAMPAIGN_MANAGER] }""");

        set.At("data.r.written").EnumerateArray().Select(w => w.GetProperty("partnerId").GetString()).ShouldBe([agency]);
        set.At("data.r.refused")[0].GetProperty("id").GetString().ShouldBe("94000000000000001/99199999999999999");
        read.At("data.business.partner.assets.nodes")[0].GetProperty("permissions").EnumerateArray().Select(p => p.GetString()).ShouldBe(["ANALYST"]);
        employee.At("data.r.errors")[0].GetProperty("code").GetString().ShouldBe("PINTEREST_NOT_PERMITTED");
        removed.At("data.r.written")[0].GetProperty("partnerId").GetString().ShouldBe(agency);
        removed.At("data.r.refused").GetArrayLength().ShouldBe(0);
        after.At("data.business.partner.assets.nodes").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task Partner_access_lists_over_the_limit_or_without_permissions_are_refused_with_no_call()
    {
        var many = string.Join(',', Enumerable.Range(0, 51).Select(i => $"{{ assetId: \"{i + 1}\", partnerId: \"{BusinessRelayTests.AgencyId}\", permissions: [ADMIN] }}"));

        var removed = await CostClient.QueryAsync(fixture, SandboxDemoUsers.Business, $$"""mutation { r: removeBusinessPartnerAssetAccess(input: { businessId: "{{BusinessId}}", accesses: [{{many}}] }) { errors { __typename ... on UserError { code message } } } }""");
        var bare = await CostClient.QueryAsync(fixture, SandboxDemoUsers.Business, $$"""mutation { r: setBusinessPartnerAssetAccess(input: { businessId: "{{BusinessId}}", accesses: [{ assetId: "1", partnerId: "2" }] }) { errors { __typename ... on UserError { code message } } } }""");

        removed.Body.At("data.r.errors")[0].GetProperty("message").GetString()!.ShouldContain("1–50");
        removed.UpstreamCalls.ShouldBe(0);
        bare.Body.At("data.r.errors")[0].GetProperty("code").GetString().ShouldBe("VALIDATION_FAILED");
        bare.UpstreamCalls.ShouldBe(0);
    }
}
