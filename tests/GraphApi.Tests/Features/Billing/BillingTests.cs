using GraphApi.Pinterest.Sandbox;
using GraphApi.Tests.Features.AdAudiences;
using GraphApi.Tests.Infrastructure;

namespace GraphApi.Tests.Features.Billing;

/// <summary>Billing profiles, credits, invoices and redeeming a code, against the sandbox.</summary>
[Collection(AdResourcesTests.Name)]
public sealed class BillingTests(AdResourcesFixture fixture)
{
    private const string Account = AdResourcesFixture.BusinessAccount;

    [Fact]
    public async Task Profiles_credits_and_open_invoices_read_in_one_request()
    {
        var body = await fixture.QueryAsync(SandboxDemoUsers.Business, $$"""
            { adAccount(id: "{{Account}}") {
                billingProfiles { nodes { billingType cardType status } }
                all: billingProfiles(activeOnly: false) { nodes { status } }
                adsCredits { nodes { title remainingMicro } }
                invoices(status: OPEN) { nodes { pinterestId status billedMicro dueDate } }
            } }
            """);

        body.ShouldHaveNoErrors();
        body.At("data.adAccount.billingProfiles.nodes").GetArrayLength().ShouldBe(1);
        body.At("data.adAccount.all.nodes").GetArrayLength().ShouldBe(2);
        body.At("data.adAccount.adsCredits.nodes")[0].GetProperty("remainingMicro").GetInt64().ShouldBe(12_500_000);
        body.At("data.adAccount.invoices.nodes").GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task Billing_needs_billing_read_even_with_ads_read()
    {
        var body = await fixture.QueryAsync(SandboxDemoUsers.Curator, $$"""{ adAccount(id: "{{Account}}") { invoices { nodes { status } } } }""");

        body.FirstErrorCode().ShouldBe("INSUFFICIENT_SCOPE");
    }

    [Fact]
    public async Task A_code_is_sent_as_its_hash_and_redeemed_once()
    {
        const string redeem = "mutation($a: ID!, $code: String!) { redeemAdsCredit(input: { adAccountId: $a, offerCode: $code }) { redeemed pinterestCode reason errors { __typename } } }";

        var unknown = await fixture.QueryAsync(SandboxDemoUsers.Pinner, redeem, new { a = AdResourcesFixture.PinnerAccount, code = "NOT-A-CODE" });
        var first = await fixture.QueryAsync(SandboxDemoUsers.Pinner, redeem, new { a = AdResourcesFixture.PinnerAccount, code = "SANDBOX-CREDIT-100" });
        var second = await fixture.QueryAsync(SandboxDemoUsers.Pinner, redeem, new { a = AdResourcesFixture.PinnerAccount, code = "SANDBOX-CREDIT-100" });

        unknown.At("data.redeemAdsCredit.redeemed").GetBoolean().ShouldBeFalse();
        first.At("data.redeemAdsCredit.redeemed").GetBoolean().ShouldBeTrue();
        second.At("data.redeemAdsCredit.redeemed").GetBoolean().ShouldBeFalse();
        second.At("data.redeemAdsCredit.pinterestCode").GetInt32().ShouldBe(2708);
    }
}
