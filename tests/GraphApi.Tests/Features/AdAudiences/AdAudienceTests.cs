using GraphApi.Pinterest.Sandbox;
using GraphApi.Tests.Infrastructure;

namespace GraphApi.Tests.Features.AdAudiences;

/// <summary>Audiences, customer lists, tags, keywords and planning of an ad account against the sandbox.</summary>
[Collection(AdResourcesTests.Name)]
public sealed class AdAudienceTests(AdResourcesFixture fixture)
{
    private const string Account = AdResourcesFixture.BusinessAccount;

    [Fact]
    public async Task The_seeded_audiences_lists_tags_and_keywords_of_the_business_account_read_in_one_request()
    {
        fixture.Factory.Counters.Reset();

        var body = await fixture.QueryAsync(SandboxDemoUsers.Business, $$"""
            { adAccount(id: "{{Account}}") {
                audiences(first: 10) { nodes { pinterestId name audienceType status size rule { retentionDays seedIds } } pageInfo { hasNextPage } }
                customerLists { nodes { name status uploadedRecords } }
                conversionTags { name status codeSnippet enhancedMatch }
                keywords(adGroupId: "96000000000000001") { nodes { value matchType bidMicro } }
                audienceSizing(targeting: { locations: ["US"] }) { lowerBound upperBound }
                bidFloors(specs: [{ billableEvent: CLICKTHROUGH, currency: "USD" }, { billableEvent: IMPRESSION, currency: "USD" }])
            } }
            """);

        body.ShouldHaveNoErrors();
        var audiences = body.At("data.adAccount.audiences.nodes");
        audiences.GetArrayLength().ShouldBeGreaterThanOrEqualTo(2);
        audiences.EnumerateArray().Select(a => a.GetProperty("name").GetString()).ShouldContain("Checkout visitors");
        body.At("data.adAccount.customerLists.nodes")[0].GetProperty("uploadedRecords").GetInt64().ShouldBeGreaterThan(0);
        body.At("data.adAccount.conversionTags")[0].GetProperty("enhancedMatch").GetBoolean().ShouldBeTrue();
        body.At("data.adAccount.keywords.nodes").GetArrayLength().ShouldBe(3);
        body.At("data.adAccount.audienceSizing.lowerBound").GetInt64().ShouldBe(72_000_000);
        body.At("data.adAccount.bidFloors")[1].GetInt64().ShouldBe(2_000_000);
        fixture.Factory.Counters.CountOf("audiences/list").ShouldBe(1);
        fixture.Factory.Counters.CountOf("keywords/get").ShouldBe(1);
    }

    [Fact]
    public async Task An_audience_is_created_once_per_key_and_renamed()
    {
        const string create = """
            mutation($input: CreateAudienceInput!) { createAudience(input: $input) { audience { pinterestId name status } replayed errors { __typename } } }
            """;
        var input = new
        {
            adAccountId = Account,
            name = "Pasta lovers",
            audienceType = "ENGAGEMENT",
            rule = new { engagerType = 1, retentionDays = 30 },
            idempotencyKey = "audience-" + Guid.NewGuid(),
        };

        var first = await fixture.QueryAsync(SandboxDemoUsers.Business, create, new { input });
        var again = await fixture.QueryAsync(SandboxDemoUsers.Business, create, new { input });
        var id = first.At("data.createAudience.audience.pinterestId").GetString();
        var renamed = await fixture.QueryAsync(SandboxDemoUsers.Business,
            "mutation($a: ID!, $id: String!) { updateAudience(input: { adAccountId: $a, audienceId: $id, name: \"Pasta fans\" }) { audience { name } errors { __typename } } }",
            new { a = Account, id });

        first.ShouldHaveNoErrors();
        again.At("data.createAudience.replayed").GetBoolean().ShouldBeTrue();
        again.At("data.createAudience.audience.pinterestId").GetString().ShouldBe(id);
        renamed.At("data.updateAudience.audience.name").GetString().ShouldBe("Pasta fans");
    }

    [Fact]
    public async Task A_customer_list_over_the_record_bound_is_refused_without_echoing_a_record()
    {
        fixture.Factory.Counters.Reset();
        var records = Enumerable.Range(0, 1001).Select(i => $"person{i}@example.test").ToArray();

        var body = await fixture.QueryAsync(SandboxDemoUsers.Business,
            "mutation($input: CreateCustomerListInput!) { createCustomerList(input: $input) { customerList { name } errors { __typename ... on UserError { message } ... on ValidationError { field } } } }",
            new { input = new { adAccountId = Account, name = "Too many", records } });

        var error = body.At("data.createCustomerList.errors")[0];
        error.GetProperty("field").GetString().ShouldBe("records");
        error.GetProperty("message").GetString()!.ShouldContain("1001 records");
        body.GetRawText().ShouldNotContain("person1@example.test");
        fixture.Factory.Counters.CountOf("customer_lists/create").ShouldBe(0);
    }

    [Fact]
    public async Task A_customer_list_is_created_and_grown_with_counts_only()
    {
        var created = await fixture.QueryAsync(SandboxDemoUsers.Business,
            "mutation($input: CreateCustomerListInput!) { createCustomerList(input: $input) { customerList { pinterestId uploadedRecords status } errors { __typename } } }",
            new { input = new { adAccountId = Account, name = "Fair visitors", records = new[] { "a@example.test", "b@example.test" } } });
        var id = created.At("data.createCustomerList.customerList.pinterestId").GetString();
        var grown = await fixture.QueryAsync(SandboxDemoUsers.Business,
            "mutation($a: ID!, $id: String!) { updateCustomerList(input: { adAccountId: $a, customerListId: $id, operation: ADD, records: [\"c@example.test\"] }) { customerList { uploadedRecords batches } errors { __typename } } }",
            new { a = Account, id });

        created.At("data.createCustomerList.customerList.uploadedRecords").GetInt64().ShouldBe(2);
        grown.At("data.updateCustomerList.customerList.uploadedRecords").GetInt64().ShouldBe(3);
        grown.At("data.updateCustomerList.customerList.batches").GetInt64().ShouldBe(2);
    }

    [Fact]
    public async Task Keywords_are_created_with_the_refused_ones_reported()
    {
        var body = await fixture.QueryAsync(SandboxDemoUsers.Business, """
            mutation($a: ID!) { createKeywords(input: { adAccountId: $a, parentId: "AG96000000000000002", keywords: [{ value: "stoneware", matchType: PHRASE, bidMicro: 120000 }] }) {
              keywords { pinterestId value parentType } rejected { messages } errors { __typename } } }
            """, new { a = Account });

        body.ShouldHaveNoErrors();
        body.At("data.createKeywords.keywords")[0].GetProperty("parentType").GetString().ShouldBe("ad_group");
        body.At("data.createKeywords.rejected").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task Writes_need_ads_write()
    {
        var body = await fixture.QueryAsync(SandboxDemoUsers.Curator,
            "mutation { createConversionTag(input: { adAccountId: \"94000000000000001\", name: \"x\" }) { conversionTag { name } errors { __typename ... on UserError { code } } } }");

        body.At("data.createConversionTag.errors")[0].GetProperty("code").GetString().ShouldBe("INSUFFICIENT_SCOPE");
    }
}
