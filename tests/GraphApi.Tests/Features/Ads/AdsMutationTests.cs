using System.Text.Json;
using GraphApi.Pinterest.Sandbox;
using GraphApi.Tests.Execution.Cost;
using GraphApi.Tests.Features.AdAudiences;
using GraphApi.Tests.Infrastructure;

namespace GraphApi.Tests.Features.Ads;

/// <summary>createAdAccount, createAdGroup/updateAdGroup and createAd/updateAd against the sandbox, hostile cases included.</summary>
[Collection(PinterestSandboxTests.Name)]
public sealed class AdsMutationTests(PinterestSandboxFixture fixture)
{
    private const string PinnerAccount = "94000000000000002";
    private const string PinnerCampaign = "95000000000001001";
    private const string BusinessAccount = "94000000000000001";

    private const string CreateGroup = """
        mutation($input: CreateAdGroupInput!) { createAdGroup(input: $input) {
          replayed adGroup { pinterestId name status billableEvent budgetInMicroCurrency campaign { pinterestId } }
          errors { __typename ... on UserError { code message } } } }
        """;

    private const string CreateAd = """
        mutation($input: CreateAdInput!) { createAd(input: $input) {
          replayed ad { pinterestId name status creativeType destinationUrl adGroup { pinterestId } }
          errors { __typename ... on UserError { code message } } } }
        """;

    [Fact]
    public async Task An_ad_group_is_created_once_per_key_then_renamed_and_paused()
    {
        var input = new { adAccountId = PinnerAccount, campaignId = PinnerCampaign, name = "Gardeners", billableEvent = "IMPRESSION", budgetInMicroCurrency = 2_000_000, idempotencyKey = Guid.NewGuid().ToString("N") };
        fixture.Counters.Reset();
        var first = await fixture.QueryAsync(SandboxDemoUsers.Pinner, CreateGroup, new { input });
        var again = await fixture.QueryAsync(SandboxDemoUsers.Pinner, CreateGroup, new { input });

        first.TryGetProperty("errors", out var errors).ShouldBeFalse(errors.ToString());
        var created = first.At("data.createAdGroup.adGroup");
        created.GetProperty("name").GetString().ShouldBe("Gardeners");
        created.GetProperty("billableEvent").GetString().ShouldBe("IMPRESSION");
        created.At("campaign.pinterestId").GetString().ShouldBe(PinnerCampaign);
        again.At("data.createAdGroup.replayed").GetBoolean().ShouldBeTrue();
        again.At("data.createAdGroup.adGroup.pinterestId").GetString().ShouldBe(created.GetProperty("pinterestId").GetString());
        fixture.Counters.CountOf("ad_groups/create").ShouldBe(1);

        var id = created.GetProperty("pinterestId").GetString();
        var updated = await fixture.QueryAsync(SandboxDemoUsers.Pinner, $$"""
            mutation { updateAdGroup(input: { adGroupId: "{{id}}", adAccountId: "{{PinnerAccount}}", name: "Gardeners II", status: PAUSED }) { adGroup { status name billableEvent } errors { __typename } } }
            """);

        updated.TryGetProperty("errors", out errors).ShouldBeFalse(errors.ToString());
        updated.At("data.updateAdGroup.adGroup.status").GetString().ShouldBe("PAUSED");
        updated.At("data.updateAdGroup.adGroup.name").GetString().ShouldBe("Gardeners II");
        updated.At("data.updateAdGroup.adGroup.billableEvent").GetString().ShouldBe("IMPRESSION");
    }

    [Fact]
    public async Task An_ad_promotes_the_users_pin_once_per_key_then_changes_its_destination()
    {
        var pinId = await PinnerPinAsync();
        var input = new { adAccountId = PinnerAccount, adGroupId = "96000000000001001", pinId, creativeType = "REGULAR", name = "Spring ad", destinationUrl = "https://example.com/a", idempotencyKey = Guid.NewGuid().ToString("N") };
        fixture.Counters.Reset();
        var first = await fixture.QueryAsync(SandboxDemoUsers.Pinner, CreateAd, new { input });
        var again = await fixture.QueryAsync(SandboxDemoUsers.Pinner, CreateAd, new { input });

        first.TryGetProperty("errors", out var errors).ShouldBeFalse(errors.ToString());
        var created = first.At("data.createAd.ad");
        created.GetProperty("creativeType").GetString().ShouldBe("REGULAR");
        created.At("adGroup.pinterestId").GetString().ShouldBe("96000000000001001");
        again.At("data.createAd.replayed").GetBoolean().ShouldBeTrue();
        again.At("data.createAd.ad.pinterestId").GetString().ShouldBe(created.GetProperty("pinterestId").GetString());
        fixture.Counters.CountOf("ads/create").ShouldBe(1);

        var updated = await fixture.QueryAsync(SandboxDemoUsers.Pinner, """
            mutation($id: ID!, $account: ID!) { updateAd(input: { adId: $id, adAccountId: $account, destinationUrl: "https://example.com/b", status: PAUSED }) { ad { status name destinationUrl } errors { __typename } } }
            """, new { id = created.GetProperty("pinterestId").GetString(), account = PinnerAccount });

        updated.TryGetProperty("errors", out errors).ShouldBeFalse(errors.ToString());
        updated.At("data.updateAd.ad.status").GetString().ShouldBe("PAUSED");
        updated.At("data.updateAd.ad.destinationUrl").GetString().ShouldBe("https://example.com/b");
        updated.At("data.updateAd.ad.name").GetString().ShouldBe("Spring ad");
    }

    [Fact]
    public async Task An_ad_groups_omitted_budget_is_left_and_its_null_bid_is_cleared()
    {
        var input = new { adAccountId = PinnerAccount, campaignId = PinnerCampaign, name = "Bids", billableEvent = "IMPRESSION", budgetInMicroCurrency = 2_000_000, bidInMicroCurrency = 300_000 };
        var created = await fixture.QueryAsync(SandboxDemoUsers.Pinner, CreateGroup, new { input });
        var id = created.At("data.createAdGroup.adGroup.pinterestId").GetString();

        fixture.Counters.Reset();
        var updated = await fixture.QueryAsync(SandboxDemoUsers.Pinner, """
            mutation($id: ID!, $account: ID!) { updateAdGroup(input: { adGroupId: $id, adAccountId: $account, bidInMicroCurrency: null }) { adGroup { name } errors { __typename } } }
            """, new { id, account = PinnerAccount });

        updated.TryGetProperty("errors", out var errors).ShouldBeFalse(errors.ToString());
        updated.At("data.updateAdGroup.errors").GetArrayLength().ShouldBe(0);
        fixture.Counters.CountOf("ad_groups/update").ShouldBe(1);
        var group = (await fixture.QueryAsync(SandboxDemoUsers.Pinner, """
            query($id: ID!, $account: ID!) { adAccount(id: $account) { adGroup(id: $id) { name budgetInMicroCurrency bidInMicroCurrency } } }
            """, new { id, account = PinnerAccount })).At("data.adAccount.adGroup");
        group.GetProperty("bidInMicroCurrency").ValueKind.ShouldBe(JsonValueKind.Null);
        group.GetProperty("budgetInMicroCurrency").GetDouble().ShouldBe(2_000_000);
        group.GetProperty("name").GetString().ShouldBe("Bids");
    }

    [Fact]
    public async Task An_ads_omitted_name_is_left_and_its_null_destination_is_cleared()
    {
        var pinId = await PinnerPinAsync();
        var input = new { adAccountId = PinnerAccount, adGroupId = "96000000000001001", pinId, creativeType = "REGULAR", name = "Clearable", destinationUrl = "https://example.com/c" };
        var created = await fixture.QueryAsync(SandboxDemoUsers.Pinner, CreateAd, new { input });
        var id = created.At("data.createAd.ad.pinterestId").GetString();

        fixture.Counters.Reset();
        var updated = await fixture.QueryAsync(SandboxDemoUsers.Pinner, """
            mutation($id: ID!, $account: ID!) { updateAd(input: { adId: $id, adAccountId: $account, destinationUrl: null }) { ad { name } errors { __typename } } }
            """, new { id, account = PinnerAccount });

        updated.TryGetProperty("errors", out var errors).ShouldBeFalse(errors.ToString());
        updated.At("data.updateAd.errors").GetArrayLength().ShouldBe(0);
        fixture.Counters.CountOf("ads/update").ShouldBe(1);
        var ad = (await fixture.QueryAsync(SandboxDemoUsers.Pinner, """
            query($id: ID!, $account: ID!) { adAccount(id: $account) { ad(id: $id) { name destinationUrl } } }
            """, new { id, account = PinnerAccount })).At("data.adAccount.ad");
        ad.GetProperty("destinationUrl").ValueKind.ShouldBe(JsonValueKind.Null);
        ad.GetProperty("name").GetString().ShouldBe("Clearable");

        // The name is clearable too (AdUpdateRequest marks it nullable).
        await fixture.QueryAsync(SandboxDemoUsers.Pinner, """
            mutation($id: ID!, $account: ID!) { updateAd(input: { adId: $id, adAccountId: $account, name: null }) { errors { __typename } } }
            """, new { id, account = PinnerAccount });
        (await fixture.QueryAsync(SandboxDemoUsers.Pinner, """
            query($id: ID!, $account: ID!) { adAccount(id: $account) { ad(id: $id) { name } } }
            """, new { id, account = PinnerAccount })).At("data.adAccount.ad.name").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task An_ad_account_is_created_once_per_key_and_a_bad_country_costs_no_call()
    {
        var key = Guid.NewGuid().ToString("N");
        const string Create = """
            mutation($country: String!, $key: String) { createAdAccount(input: { name: "Side shop", country: $country, currency: "EUR", idempotencyKey: $key }) {
              replayed adAccount { pinterestId name country currency owner { username } } errors { __typename ... on UserError { code message } } } }
            """;
        fixture.Counters.Reset();
        var first = await fixture.QueryAsync(SandboxDemoUsers.Pinner, Create, new { country = "DE", key });
        var again = await fixture.QueryAsync(SandboxDemoUsers.Pinner, Create, new { country = "DE", key });

        first.TryGetProperty("errors", out var errors).ShouldBeFalse(errors.ToString());
        var account = first.At("data.createAdAccount.adAccount");
        account.GetProperty("currency").GetString().ShouldBe("EUR");
        account.At("owner.username").GetString().ShouldBe(SandboxDemoUsers.Pinner);
        again.At("data.createAdAccount.replayed").GetBoolean().ShouldBeTrue();
        again.At("data.createAdAccount.adAccount.pinterestId").GetString().ShouldBe(account.GetProperty("pinterestId").GetString());
        fixture.Counters.CountOf("ad_accounts/create").ShouldBe(1);

        fixture.Counters.Reset();
        var bad = await fixture.QueryAsync(SandboxDemoUsers.Pinner, Create, new { country = "Germany", key = (string?)null });
        bad.At("data.createAdAccount.errors")[0].GetProperty("__typename").GetString().ShouldBe("ValidationError");
        bad.At("data.createAdAccount.adAccount").ValueKind.ShouldBe(JsonValueKind.Null);
        fixture.Counters.Snapshot().Values.Sum().ShouldBe(0);
    }

    [Theory]
    [InlineData("createAdGroup", """{ adAccountId: "94000000000000002", campaignId: "95000000000001001", name: "X", billableEvent: "FAME" }""")]
    [InlineData("createAdGroup", """{ adAccountId: "94000000000000002", campaignId: "95000000000001001", name: "X", billableEvent: "IMPRESSION", budgetInMicroCurrency: -1 }""")]
    [InlineData("createAdGroup", """{ adAccountId: "94000000000000002", campaignId: "not an id", name: "X", billableEvent: "IMPRESSION" }""")]
    [InlineData("updateAdGroup", """{ adAccountId: "94000000000000002", adGroupId: "96000000000001001", name: "" }""")]
    [InlineData("createAd", """{ adAccountId: "94000000000000002", adGroupId: "96000000000001001", pinId: "1", creativeType: "HOLOGRAM" }""")]
    [InlineData("createAd", """{ adAccountId: "94000000000000002", adGroupId: "96000000000001001", pinId: "1", creativeType: "REGULAR", destinationUrl: "javascript:alert(1)" }""")]
    [InlineData("updateAd", """{ adAccountId: "94000000000000002", adId: "97000000000001001", destinationUrl: "ftp://x" }""")]
    [InlineData("updateAdGroup", """{ adAccountId: "94000000000000002", adGroupId: "96000000000001001", name: null }""")]
    [InlineData("updateAdGroup", """{ adAccountId: "94000000000000002", adGroupId: "96000000000001001", status: null }""")]
    [InlineData("updateAd", """{ adAccountId: "94000000000000002", adId: "97000000000001001", status: null }""")]
    public async Task Bad_input_is_a_validation_error_without_a_call(string field, string input)
    {
        fixture.Counters.Reset();
        var body = await fixture.QueryAsync(SandboxDemoUsers.Pinner, $$"""mutation { {{field}}(input: {{input}}) { errors { __typename } } }""");

        body.TryGetProperty("errors", out var errors).ShouldBeFalse(errors.ToString());
        body.At($"data.{field}.errors")[0].GetProperty("__typename").GetString().ShouldBe("ValidationError");
        fixture.Counters.Snapshot().Values.Sum().ShouldBe(0);
    }

    [Theory]
    [InlineData("createAdGroup", "adGroup", """{ adAccountId: "94000000000000001", campaignId: "95000000000000001", name: "Mine", billableEvent: "IMPRESSION" }""")]
    [InlineData("updateAdGroup", "adGroup", """{ adAccountId: "94000000000000001", adGroupId: "96000000000000001", name: "Mine" }""")]
    [InlineData("createAd", "ad", """{ adAccountId: "94000000000000001", adGroupId: "96000000000000001", pinId: "1", creativeType: "REGULAR" }""")]
    [InlineData("updateAd", "ad", """{ adAccountId: "94000000000000001", adId: "97000000000000001", name: "Mine" }""")]
    [InlineData("updateAdGroup", "adGroup", """{ adAccountId: "94000000000000002", adGroupId: "96000000000000001", name: "Mine" }""")]
    public async Task Another_users_account_or_entity_is_refused(string field, string result, string input)
    {
        var body = await fixture.QueryAsync(SandboxDemoUsers.Pinner, $$"""mutation { {{field}}(input: {{input}}) { {{result}} { name } errors { __typename } } }""");

        body.TryGetProperty("errors", out var errors).ShouldBeFalse(errors.ToString());
        body.At($"data.{field}.{result}").ValueKind.ShouldBe(JsonValueKind.Null);
        body.At($"data.{field}.errors").GetArrayLength().ShouldBe(1);
        var business = await fixture.QueryAsync(SandboxDemoUsers.Business, $$"""{ adAccount(id: "{{BusinessAccount}}") { campaigns(first: 1) { nodes { name } } } }""");
        business.At("data.adAccount.campaigns.nodes")[0].GetProperty("name").GetString().ShouldNotBe("Mine");
    }

    [Fact]
    public async Task A_thousand_aliases_of_createAdGroup_are_refused_without_a_call()
    {
        var aliases = string.Join(' ', Enumerable.Range(0, 1000).Select(i =>
            $$"""a{{i}}: createAdGroup(input: { adAccountId: "{{PinnerAccount}}", campaignId: "{{PinnerCampaign}}", name: "x", billableEvent: "IMPRESSION" }) { adGroup { name } }"""));
        var answer = await CostClient.QueryAsync(fixture, SandboxDemoUsers.Pinner, $"mutation {{ {aliases} }}");

        answer.Codes.ShouldNotBeEmpty();
        answer.UpstreamCalls.ShouldBe(0);
    }

    private async Task<string> PinnerPinAsync()
    {
        // The seeded ad's pin (other tests add campaigns without ads to this account, so no "first campaign").
        var body = await fixture.QueryAsync(SandboxDemoUsers.Pinner, $$"""{ adAccount(id: "{{PinnerAccount}}") { ad(id: "97000000000001001") { pin { id } } } }""");
        return body.At("data.adAccount.ad.pin.id").GetString()!;
    }
}

/// <summary>The ads writes need ads:write: a user connected with ads:read only gets INSUFFICIENT_SCOPE in the payload.</summary>
[Collection(AdResourcesTests.Name)]
public sealed class AdsMutationScopeTests(AdResourcesFixture fixture)
{
    [Theory]
    [InlineData("createAdAccount", """{ name: "x", country: "US" }""")]
    [InlineData("createAdGroup", """{ adAccountId: "94000000000000003", campaignId: "95000000000000001", name: "x", billableEvent: "IMPRESSION" }""")]
    [InlineData("updateAd", """{ adAccountId: "94000000000000003", adId: "97000000000000001", name: "x" }""")]
    public async Task Writes_need_ads_write(string field, string input)
    {
        fixture.Factory.Counters.Reset();
        var body = await fixture.QueryAsync(SandboxDemoUsers.Curator, $$"""mutation { {{field}}(input: {{input}}) { errors { __typename ... on UserError { code } } } }""");

        body.At($"data.{field}.errors")[0].GetProperty("code").GetString().ShouldBe("INSUFFICIENT_SCOPE");
        fixture.Factory.Counters.Snapshot().Values.Sum().ShouldBe(0);
    }
}
