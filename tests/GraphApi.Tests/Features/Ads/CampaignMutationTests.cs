using GraphApi.Pinterest.Sandbox;
using GraphApi.Tests.Infrastructure;

namespace GraphApi.Tests.Features.Ads;

[Collection(PinterestSandboxTests.Name)]
public sealed class CampaignMutationTests(PinterestSandboxFixture fixture)
{
    private const string Create = """
        mutation($key: String) { createCampaign(input: { adAccountId: "94000000000000002", name: "Autumn", objectiveType: "AWARENESS", dailySpendCap: 5000000, idempotencyKey: $key }) {
          replayed campaign { pinterestId name status dailySpendCap } errors { __typename ... on UserError { code message } } } }
        """;

    [Fact]
    public async Task A_campaign_is_created_once_per_idempotency_key_and_then_paused()
    {
        var key = Guid.NewGuid().ToString("N");
        var first = await fixture.QueryAsync(SandboxDemoUsers.Pinner, Create, new { key });
        var again = await fixture.QueryAsync(SandboxDemoUsers.Pinner, Create, new { key });

        first.TryGetProperty("errors", out var errors).ShouldBeFalse(errors.ToString());
        var created = first.At("data.createCampaign.campaign");
        created.GetProperty("name").GetString().ShouldBe("Autumn");
        created.GetProperty("dailySpendCap").GetDouble().ShouldBe(5_000_000);
        again.At("data.createCampaign.replayed").GetBoolean().ShouldBeTrue();
        again.At("data.createCampaign.campaign.pinterestId").GetString().ShouldBe(created.GetProperty("pinterestId").GetString());

        var id = created.GetProperty("pinterestId").GetString();
        var updated = await fixture.QueryAsync(SandboxDemoUsers.Pinner, $$"""
            mutation { updateCampaign(input: { campaignId: "{{id}}", adAccountId: "94000000000000002", status: PAUSED }) { campaign { status name } errors { __typename } } }
            """);

        updated.At("data.updateCampaign.campaign.status").GetString().ShouldBe("PAUSED");
        updated.At("data.updateCampaign.campaign.name").GetString().ShouldBe("Autumn");
    }

    [Fact]
    public async Task An_omitted_cap_is_left_and_a_null_cap_is_removed()
    {
        var created = await fixture.QueryAsync(SandboxDemoUsers.Pinner, """
            mutation { createCampaign(input: { adAccountId: "94000000000000002", name: "Caps", objectiveType: "AWARENESS", lifetimeSpendCap: 9000000, dailySpendCap: 5000000 }) {
              campaign { pinterestId } errors { __typename } } }
            """);
        var id = created.At("data.createCampaign.campaign.pinterestId").GetString();

        fixture.Counters.Reset();
        var updated = await fixture.QueryAsync(SandboxDemoUsers.Pinner, """
            mutation($id: ID!) { updateCampaign(input: { campaignId: $id, adAccountId: "94000000000000002", dailySpendCap: null }) {
              campaign { lifetimeSpendCap dailySpendCap } errors { __typename } } }
            """, new { id });

        updated.TryGetProperty("errors", out var errors).ShouldBeFalse(errors.ToString());
        updated.At("data.updateCampaign.errors").GetArrayLength().ShouldBe(0);
        fixture.Counters.CountOf("campaigns/update").ShouldBe(1);
        var read = await fixture.QueryAsync(SandboxDemoUsers.Pinner, """
            query($id: ID!) { adAccount(id: "94000000000000002") { campaign(id: $id) { name lifetimeSpendCap dailySpendCap } } }
            """, new { id });
        var campaign = read.At("data.adAccount.campaign");
        campaign.GetProperty("dailySpendCap").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        campaign.GetProperty("lifetimeSpendCap").GetDouble().ShouldBe(9_000_000);
        campaign.GetProperty("name").GetString().ShouldBe("Caps");
    }

    [Theory]
    [InlineData("name: null")]
    [InlineData("status: null")]
    public async Task A_null_for_a_field_Pinterest_cannot_clear_is_a_validation_error_without_a_call(string change)
    {
        fixture.Counters.Reset();
        var body = await fixture.QueryAsync(SandboxDemoUsers.Pinner, $$"""
            mutation { updateCampaign(input: { campaignId: "95000000000001001", adAccountId: "94000000000000002", {{change}} }) { campaign { name } errors { __typename ... on UserError { message } } } }
            """);

        body.TryGetProperty("errors", out var errors).ShouldBeFalse(errors.ToString());
        var error = body.At("data.updateCampaign.errors")[0];
        error.GetProperty("__typename").GetString().ShouldBe("ValidationError");
        error.GetProperty("message").GetString()!.ShouldContain("cannot be null");
        fixture.Counters.Snapshot().Values.Sum().ShouldBe(0);
    }

    [Fact]
    public async Task A_bad_objective_and_another_users_account_are_payload_errors()
    {
        fixture.Counters.Reset();
        var bad = await fixture.QueryAsync(SandboxDemoUsers.Pinner, """
            mutation { createCampaign(input: { adAccountId: "94000000000000002", name: "X", objectiveType: "FAME" }) { campaign { name } errors { __typename } } }
            """);
        bad.At("data.createCampaign.errors")[0].GetProperty("__typename").GetString().ShouldBe("ValidationError");
        fixture.Counters.Snapshot().Values.Sum().ShouldBe(0);

        var foreign = await fixture.QueryAsync(SandboxDemoUsers.Pinner, """
            mutation { updateCampaign(input: { campaignId: "95000000000000001", adAccountId: "94000000000000001", name: "Mine" }) { campaign { name } errors { __typename } } }
            """);
        foreign.At("data.updateCampaign.campaign").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        foreign.At("data.updateCampaign.errors").GetArrayLength().ShouldBe(1);
    }
}
